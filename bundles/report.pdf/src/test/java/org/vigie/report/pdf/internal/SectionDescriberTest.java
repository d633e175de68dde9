package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.vigie.plugins.api.Contribution;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.SectionInfo;

class SectionDescriberTest {

    /** A reference to a service with these properties and nothing else (no bundle, no service object). */
    private static ServiceReference<?> reference(Map<String, Object> properties) {
        return (ServiceReference<?>) Proxy.newProxyInstance(ServiceReference.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPropertyKeys" -> properties.keySet().toArray(String[]::new);
                    case "getProperty" -> properties.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private SectionDescriber describer(SectionFailures failures) {
        SectionDescriber describer = new SectionDescriber();
        describer.failures = failures;
        return describer;
    }

    @Test
    void describesSectionsAndTheirLastFailure() {
        Map<String, Object> properties = new HashMap<>(new BriefingServiceTest.TestSection("ioc", 450).registered().getKey());
        properties.put(Constants.OBJECTCLASS, new String[] {BriefingSection.class.getName()});
        properties.put(Constants.SERVICE_ID, 42L);
        ServiceReference<?> ref = reference(properties);
        SectionFailures failures = new SectionFailures();
        Contribution ok = describer(failures).describe(ref).orElseThrow();
        assertEquals("section ioc: Section de test ioc (order 450)", ok.toString());
        failures.failed("ioc", "java.lang.IllegalStateException: index offline");
        assertTrue(describer(failures).describe(ref).orElseThrow().toString().endsWith("(failing: java.lang.IllegalStateException: index offline)"));
    }

    @Test
    void aSectionWithoutItsPropertiesIsNamedByServiceIdWithWhatIsMissing() {
        ServiceReference<?> ref = reference(Map.of(Constants.OBJECTCLASS, new String[] {BriefingSection.class.getName()},
                Constants.SERVICE_ID, 43L, SectionInfo.ID, "ioc"));
        assertEquals("section 43 (failing: missing property vigie.section.title)",
                describer(new SectionFailures()).describe(ref).orElseThrow().toString());
    }

    @Test
    void ignoresOtherServices() {
        ServiceReference<?> ref = reference(Map.of(Constants.OBJECTCLASS, new String[] {"x.Other"}));
        assertTrue(describer(new SectionFailures()).describe(ref).isEmpty());
    }
}
