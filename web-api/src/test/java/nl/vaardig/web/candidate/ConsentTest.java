package nl.vaardig.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.taxonomy.region.AmrCode;
import org.junit.jupiter.api.Test;

class ConsentTest {

    static final ProfileId PROFILE = ProfileId.random();
    static final Instant GIVEN = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aConsentNamesItsRegionsAndTheWordingThePersonAgreedTo() {
        assertThatThrownBy(() -> Consent.given(PROFILE, ConsentKind.EMPLOYER_SEARCH, Set.of(), "v1", GIVEN))
                .hasMessageContaining("at least one region");
        assertThatThrownBy(() -> Consent.given(PROFILE, ConsentKind.EMPLOYER_SEARCH, Set.of(new AmrCode("AM18")), " ", GIVEN))
                .hasMessageContaining("wording");
    }

    @Test
    void aConsentIsActiveUntilWithdrawnAndCannotBeWithdrawnBeforeItWasGiven() {
        Consent given = Consent.given(PROFILE, ConsentKind.EMPLOYER_SEARCH, Set.of(new AmrCode("AM18")), "v1", GIVEN);
        assertThat(given.active()).isTrue();
        Consent withdrawn = new Consent(given.id(), PROFILE, given.kind(), given.regions(), GIVEN, "v1", GIVEN.plusSeconds(60));
        assertThat(withdrawn.active()).isFalse();
        assertThatThrownBy(() -> new Consent(UUID.randomUUID(), PROFILE, ConsentKind.EMPLOYER_SEARCH, Set.of(new AmrCode("AM18")),
                GIVEN, "v1", GIVEN.minusSeconds(1))).hasMessageContaining("before it was given");
    }

    @Test
    void aProfileHasOneIndexDocumentPerConsentedRegionWhoseIdRevealsNothing() {
        UUID am18 = CandidateIndex.documentId(PROFILE, new AmrCode("AM18"));
        assertThat(CandidateIndex.documentId(PROFILE, new AmrCode("AM18"))).isEqualTo(am18);
        assertThat(CandidateIndex.documentId(PROFILE, new AmrCode("AM17"))).isNotEqualTo(am18);
        assertThat(am18).isNotEqualTo(PROFILE.value());
    }
}
