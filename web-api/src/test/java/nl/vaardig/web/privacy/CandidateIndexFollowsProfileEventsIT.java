package nl.vaardig.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.consumer.EventWorkers;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.web.candidate.CandidateIndex;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.privacy.PrivacyFixtures.Seeker;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every instance's candidate index follows the profile topic (real broker, real tables): a change made on another
 * instance reaches this one only as an event, so these tests change the tables behind the index's back and let
 * the event do the rest.
 */
@VaardigIntegrationTest
class CandidateIndexFollowsProfileEventsIT {

    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateIndex index;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventWorkers workers;

    Seeker registeredAndIndexed() {
        List<SkillUri> skills = jdbc.sql("select skill_uri from candidate_skill group by skill_uri order by count(*) desc limit 3")
                .query(String.class).list().stream().map(SkillUri::new).toList();
        Seeker seeker = PrivacyFixtures.registered(candidates, skills);
        assertThat(index.contains(seeker.profile())).as("indexed by the consent on this instance").isTrue();
        return seeker;
    }

    void emit(nl.vaardig.ingest.event.payload.EventPayload payload) {
        tx.executeWithoutResult(s -> outbox.append(EventCatalogue.envelope(payload)));
    }

    @Test
    void theConsumerIsOneGroupPerInstance() {
        assertThat(workers.worker(CandidateIndexHandler.NAME).name()).isEqualTo("vaardig.candidate-index");
        assertThat(new CandidateIndexHandler(candidates, index).delivery()).isEqualTo(nl.vaardig.ingest.consumer.EventHandler.Delivery.PER_INSTANCE);
    }

    @Test
    void aConsentWithdrawnInTheTableIsTakenOutOfTheIndexByTheEvent() {
        Seeker seeker = registeredAndIndexed();
        // another instance withdrew: the table says so, this instance's index does not know yet
        jdbc.sql("update candidate_consent set withdrawn_at = now() where profile_id = ? and kind = 'EMPLOYER_SEARCH'")
                .param(seeker.id()).update();
        assertThat(index.contains(seeker.profile())).isTrue();

        emit(new ConsentChanged(seeker.id(), "AM18", Set.of(ConsentChanged.Scope.MATCHING, ConsentChanged.Scope.STATISTICS)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !index.contains(seeker.profile()));
    }

    @Test
    void aProfileRegisteredElsewhereBecomesSearchableHereFromTheTables() {
        Seeker seeker = registeredAndIndexed();
        // as if this instance had never seen it: only the tables and the event tell
        index.remove(seeker.profile());
        emit(new ProfileRegistered(seeker.id(), "AM18", LocalDate.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> index.contains(seeker.profile()));
    }

    @Test
    void anEventForAProfileWithoutSearchConsentDoesNotIndexIt() {
        Seeker seeker = registeredAndIndexed();
        jdbc.sql("update candidate_consent set withdrawn_at = now() where profile_id = ? and kind = 'EMPLOYER_SEARCH'")
                .param(seeker.id()).update();
        index.remove(seeker.profile());
        Seeker marker = registeredAndIndexed();
        index.remove(marker.profile());
        emit(new ProfileRegistered(seeker.id(), "AM18", LocalDate.now()));
        emit(new ProfileRegistered(marker.id(), "AM18", LocalDate.now()));
        // the marker's event comes after on the same partition: once it is indexed, the first event was handled
        await().atMost(Duration.ofSeconds(20)).until(() -> index.contains(marker.profile()));
        assertThat(index.contains(seeker.profile())).isFalse();
    }

    @Test
    void aDeletedProfileIsRemoved() {
        Seeker seeker = registeredAndIndexed();
        emit(new ProfileDeleted(seeker.id(), "AM18"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !index.contains(seeker.profile()));
    }

    @Test
    void anEventAboutAnUnknownProfileChangesNothing() {
        ProfileId unknown = new ProfileId(UUID.randomUUID());
        Seeker marker = registeredAndIndexed();
        index.remove(marker.profile());
        emit(new ConsentChanged(unknown.value(), "AM18", Set.of(ConsentChanged.Scope.EMPLOYER_VISIBLE)));
        emit(new ProfileRegistered(marker.id(), "AM18", LocalDate.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> index.contains(marker.profile()));
        assertThat(index.contains(unknown)).isFalse();
    }
}
