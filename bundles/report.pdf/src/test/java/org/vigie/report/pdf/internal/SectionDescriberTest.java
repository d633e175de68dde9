package org.vigie.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.vigie.plugins.api.Contribution;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.SectionInfo;

class SectionDescriberTest {

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
        SectionFailures failures = new SectionFailures();
        Contribution ok = describer(failures).describe(properties).orElseThrow();
        assertEquals("section ioc: Section de test ioc (order 450)", ok.toString());
        failures.failed("ioc", "java.lang.IllegalStateException: index offline");
        assertTrue(describer(failures).describe(properties).orElseThrow().toString().endsWith("(failing: java.lang.IllegalStateException: index offline)"));
    }

    @Test
    void aSectionWithoutItsPropertiesIsNamedByServiceIdWithWhatIsMissing() {
        Map<String, Object> properties = Map.of(Constants.OBJECTCLASS, new String[] {BriefingSection.class.getName()},
                Constants.SERVICE_ID, 43L, SectionInfo.ID, "ioc");
        assertEquals("section 43 (failing: missing property vigie.section.title)",
                describer(new SectionFailures()).describe(properties).orElseThrow().toString());
    }

    @Test
    void ignoresOtherServices() {
        Map<String, Object> properties = Map.of(Constants.OBJECTCLASS, new String[] {"x.Other"});
        assertTrue(describer(new SectionFailures()).describe(properties).isEmpty());
    }
}
