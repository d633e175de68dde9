package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.vigie.plugins.api.Contribution;
import org.vigie.report.api.BriefingSection;

class SectionDescriberTest {

    private final BriefingSection section = new BriefingServiceTest.TestSection("ioc", 450);

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("getProperty") ? answers.get((String) args[0])
                        : answers.get(method.getName()));
    }

    private SectionDescriber describer(SectionFailures failures) {
        SectionDescriber describer = new SectionDescriber();
        describer.failures = failures;
        describer.activate(stub(BundleContext.class, Map.of("getService", section, "ungetService", true)));
        return describer;
    }

    @Test
    void describesSectionsAndTheirLastFailure() {
        ServiceReference<?> ref = stub(ServiceReference.class,
                Map.of(Constants.OBJECTCLASS, new String[] {BriefingSection.class.getName()}, Constants.SERVICE_ID, 42L));
        SectionFailures failures = new SectionFailures();
        Contribution ok = describer(failures).describe(ref).orElseThrow();
        assertEquals("section ioc: Section de test ioc (order 450)", ok.toString());
        failures.failed("ioc", "java.lang.IllegalStateException: index offline");
        assertTrue(describer(failures).describe(ref).orElseThrow().toString().endsWith("(failing: java.lang.IllegalStateException: index offline)"));
    }

    @Test
    void ignoresOtherServices() {
        ServiceReference<?> ref = stub(ServiceReference.class, Map.of(Constants.OBJECTCLASS, new String[] {"x.Other"}));
        assertTrue(describer(new SectionFailures()).describe(ref).isEmpty());
    }
}
