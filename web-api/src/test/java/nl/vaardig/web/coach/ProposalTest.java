package nl.vaardig.web.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import nl.vaardig.ingest.event.payload.OutcomeRecorded;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.SharedContact;
import nl.vaardig.web.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

/** A proposal moves one way: the candidate answers once, outcomes follow an agreement, hired and rejected are final. */
class ProposalTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    static Proposal made() {
        return Proposal.made(ProfileId.random(), VacancyId.random(), "Zorggroep Amstelland", new AmrCode("AM18"),
                "coach-subject", "Jobcoach AM18", " Betrouwbaar ", 0.7, NOW);
    }

    @Test
    void aNewProposalWaitsForTheCandidateAndSharesNothing() {
        Proposal p = made();
        assertThat(p.state()).isEqualTo(ProposalState.AWAITING_CANDIDATE);
        assertThat(p.contact()).isNull();
        assertThat(p.note()).isEqualTo("Betrouwbaar");
        assertThat(p.version()).isEqualTo(1);
    }

    @Test
    void agreeingSharesTheContactAndBumpsTheVersion() {
        Proposal agreed = made().agreed(new SharedContact("Fatima", "f@example.nl", null), NOW);
        assertThat(agreed.state()).isEqualTo(ProposalState.PROPOSED);
        assertThat(agreed.contact().name()).isEqualTo("Fatima");
        assertThat(agreed.answeredAt()).isEqualTo(NOW);
        assertThat(agreed.version()).isEqualTo(2);
    }

    @Test
    void aProposalIsAnsweredOnlyOnce() {
        Proposal declined = made().declined(NOW);
        assertThat(declined.contact()).isNull();
        assertThatThrownBy(() -> declined.agreed(new SharedContact("Fatima", null, null), NOW))
                .isInstanceOf(ProposalConflictException.class);
        Proposal agreed = made().agreed(new SharedContact("Fatima", null, null), NOW);
        assertThatThrownBy(() -> agreed.declined(NOW)).isInstanceOf(ProposalConflictException.class);
    }

    @Test
    void outcomesNeedAnAgreementAndHiredOrRejectedIsFinal() {
        assertThatThrownBy(() -> made().withOutcome(ProposalOutcome.GESPREK, NOW)).isInstanceOf(ProposalConflictException.class);
        Proposal interview = made().agreed(new SharedContact("Fatima", null, null), NOW)
                .withOutcome(ProposalOutcome.GESPREK, NOW);
        assertThatThrownBy(() -> interview.withOutcome(ProposalOutcome.GESPREK, NOW))
                .as("the same outcome twice").isInstanceOf(ProposalConflictException.class);
        Proposal hired = interview.withOutcome(ProposalOutcome.AANGENOMEN, NOW);
        assertThat(hired.version()).isEqualTo(4);
        assertThatThrownBy(() -> hired.withOutcome(ProposalOutcome.AFGEWEZEN, NOW)).isInstanceOf(ProposalConflictException.class);
    }

    @Test
    void theCoachsOutcomesMapOntoTheEventVocabulary() {
        assertThat(ProposalOutcome.GESPREK.eventOutcome()).isEqualTo(OutcomeRecorded.Outcome.INTERVIEW);
        assertThat(ProposalOutcome.AANGENOMEN.eventOutcome()).isEqualTo(OutcomeRecorded.Outcome.HIRED);
        assertThat(ProposalOutcome.AFGEWEZEN.eventOutcome()).isEqualTo(OutcomeRecorded.Outcome.NOT_HIRED);
        assertThat(ProposalOutcome.SCHOLING_GESTART.eventOutcome()).isEqualTo(OutcomeRecorded.Outcome.TRAINING_STARTED);
    }

    @Test
    void sharedContactDetailsAreChecked() {
        assertThatThrownBy(() -> new SharedContact(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedContact("Fatima", "geen-adres", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedContact("Fatima", null, "bel me")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SharedContact(" Fatima ", "", "+31 6 1234 5678")).isEqualTo(new SharedContact("Fatima", null, "+31 6 1234 5678"));
    }

    @Test
    void aProposalIsAnsweredUnderTheSameContactRulesAsAnInvitation() {
        assertThat(ProposalService.shareErrors("n".repeat(SharedContact.MAX_NAME), null, "06 12345678", Locale.ROOT))
                .isEmpty();
        assertThat(ProposalService.shareErrors("n".repeat(SharedContact.MAX_NAME + 1), null, "(020) 123 4567",
                Locale.ROOT)).extracting(FieldError::field).containsExactly("share.name", "share.phone");
    }

    @Test
    void aNoteLongerThanAThousandCharactersIsRefused() {
        assertThatThrownBy(() -> Proposal.made(ProfileId.random(), VacancyId.random(), "Zorggroep Amstelland",
                new AmrCode("AM18"), "s", "Jobcoach AM18", "x".repeat(1001), 0.5, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
