package org.vigie.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

class StartupDiagnosisTest {

    @Test
    void aComponentMissingAReferenceIsNamedWithTheReferenceItsInterfaceAndTarget() {
        ComponentDescriptionDTO runner = description("org.vigie.shell.internal.BatchRunner", "optional",
                reference("processor", "org.apache.felix.service.command.CommandProcessor"));
        String line = new StartupDiagnosis()
                .component(runner, List.of(unsatisfied("processor", "(impossible=true)")))
                .line();
        assertEquals("component org.vigie.shell.internal.BatchRunner misses its reference processor"
                + " (org.apache.felix.service.command.CommandProcessor (impossible=true))", line);
    }

    @Test
    void aComponentThatFailedToActivateGivesTheFirstLineOfItsFailure() {
        ComponentConfigurationDTO failed = configuration(ComponentConfigurationDTO.FAILED_ACTIVATION);
        failed.failure = "java.lang.IllegalStateException: index locked\n\tat org.vigie.Store.open(Store.java:12)";
        String line = new StartupDiagnosis().component(description("store", "optional"), List.of(failed)).line();
        assertEquals("component store failed to activate: java.lang.IllegalStateException: index locked", line);
    }

    @Test
    void aComponentThatRequiresAConfigurationItNeverGotSaysSo() {
        String line = new StartupDiagnosis().component(description("feeds", "require"), List.of()).line();
        assertEquals("component feeds waits for its configuration", line);
    }

    @Test
    void aComponentSwitchedOffThroughItsSatisfyingConditionIsNotMissingAnything() {
        ComponentDescriptionDTO store = description("embedded", "optional",
                reference(StartupDiagnosis.SATISFYING_CONDITION, "org.osgi.service.condition.Condition"));
        assertNull(new StartupDiagnosis()
                .component(store, List.of(unsatisfied(StartupDiagnosis.SATISFYING_CONDITION, "(osgi.condition.id=off)")))
                .line());
    }

    @Test
    void aCorpusStoreThatWasNotChosenIsNotNamedUnlessItFails() {
        ComponentDescriptionDTO cluster = description("cluster", "require");
        cluster.properties = Map.of(StartupDiagnosis.CORPUS_STORE, "opensearch");
        assertNull(new StartupDiagnosis().component(cluster, List.of()).line());
        ComponentConfigurationDTO failed = configuration(ComponentConfigurationDTO.FAILED_ACTIVATION);
        failed.failure = "java.io.IOException: index locked";
        assertEquals("component cluster failed to activate: java.io.IOException: index locked",
                new StartupDiagnosis().component(cluster, List.of(failed)).line());
    }

    @Test
    void theFrameworkBelowItsStartLevelIsNamedWithBothLevels() {
        assertEquals("the framework is at start level 10 of 11", new StartupDiagnosis().frameworkLevel(10, 11).line());
        assertNull(new StartupDiagnosis().frameworkLevel(11, 11).line());
    }

    @Test
    void satisfiedAndActiveComponentsAreNotMentioned() {
        StartupDiagnosis diagnosis = new StartupDiagnosis()
                .component(description("a", "optional"), List.of(configuration(ComponentConfigurationDTO.ACTIVE)))
                .component(description("b", "optional"), List.of(configuration(ComponentConfigurationDTO.SATISFIED)));
        assertNull(diagnosis.line());
    }

    @Test
    void moreThanSixProblemsAreCutWithACountOfTheRest() {
        StartupDiagnosis diagnosis = new StartupDiagnosis();
        for (int i = 1; i <= 8; i++) {
            diagnosis.component(description("c" + i, "require"), List.of());
        }
        assertEquals("component c1 waits for its configuration; component c2 waits for its configuration;"
                + " component c3 waits for its configuration; component c4 waits for its configuration;"
                + " component c5 waits for its configuration; component c6 waits for its configuration;"
                + " and 2 more", diagnosis.line());
    }

    private static ComponentDescriptionDTO description(String name, String policy, ReferenceDTO... references) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        description.configurationPolicy = policy;
        description.references = references;
        return description;
    }

    private static ReferenceDTO reference(String name, String interfaceName) {
        ReferenceDTO reference = new ReferenceDTO();
        reference.name = name;
        reference.interfaceName = interfaceName;
        return reference;
    }

    private static ComponentConfigurationDTO unsatisfied(String reference, String target) {
        UnsatisfiedReferenceDTO missing = new UnsatisfiedReferenceDTO();
        missing.name = reference;
        missing.target = target;
        ComponentConfigurationDTO configuration = configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {missing};
        return configuration;
    }

    private static ComponentConfigurationDTO configuration(int state) {
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.state = state;
        return configuration;
    }
}
