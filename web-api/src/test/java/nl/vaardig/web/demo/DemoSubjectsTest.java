package nl.vaardig.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vaardig.local.oidc.LocalSubjects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo data is seeded under the subject the local provider puts in a demo account's token; the two modules
 * compute it each on their own (web-api cannot see local), so this keeps them equal.
 */
class DemoSubjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"werkzoekende", "jobcoach", "werkgever", "beheer"})
    void theDemoSeedUsesTheSubjectTheLocalProviderIssues(String username) {
        assertThat(DemoSubjects.subjectOf(username)).isEqualTo(LocalSubjects.subjectOf(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"werkzoekende", "jobcoach"})
    void theSubjectIsAUuidNotTheUsername(String username) {
        assertThat(DemoSubjects.subjectOf(username)).doesNotContain(username).hasSize(36);
    }
}
