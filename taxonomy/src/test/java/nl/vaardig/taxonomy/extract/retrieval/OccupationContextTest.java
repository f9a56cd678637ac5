package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import org.junit.jupiter.api.Test;

class OccupationContextTest {

    private static final Locale NL = Locale.of("nl");
    private static final String ESCO = "http://data.europa.eu/esco/";
    static final SkillUri ASSIST_PASSENGERS = new SkillUri(ESCO + "skill/assist-passengers");
    static final SkillUri SUPPORT_PATIENTS = new SkillUri(ESCO + "skill/support-patients");
    static final SkillUri SERVE_DRINKS = new SkillUri(ESCO + "skill/serve-drinks");
    static final OccupationUri CARE_WORKER = new OccupationUri(ESCO + "occupation/care-worker");
    static final OccupationUri CABIN_CREW = new OccupationUri(ESCO + "occupation/cabin-crew");

    /** Two skills that share the word "helpen", and the occupations whose descriptions tell their settings apart. */
    static Taxonomy taxonomy() {
        Taxonomy.Builder b = Taxonomy.builder(TaxonomyVersion.ESCO_1_1_1);
        skill(b, ASSIST_PASSENGERS, "assist passengers", "passagiers helpen", "Passagiers helpen bij het instappen.");
        skill(b, SUPPORT_PATIENTS, "provide basic support to patients", "basisondersteuning bieden aan patiënten",
                "Patiënten helpen bij dagelijkse activiteiten.");
        skill(b, SERVE_DRINKS, "serve drinks", "dranken serveren", "Dranken schenken aan gasten.");
        occupation(b, CARE_WORKER, "care worker", "verzorgende",
                "Verzorgenden ondersteunen bewoners van een verpleeghuis bij het wassen, aankleden en eten.");
        occupation(b, CABIN_CREW, "cabin crew member", "stewardess", "Stewardessen zorgen voor reizigers aan boord van een vliegtuig.");
        b.occupationSkill(CARE_WORKER, SUPPORT_PATIENTS, RelationType.ESSENTIAL);
        b.occupationSkill(CABIN_CREW, ASSIST_PASSENGERS, RelationType.ESSENTIAL);
        b.occupationSkill(CABIN_CREW, SERVE_DRINKS, RelationType.OPTIONAL);
        return b.build();
    }

    static void skill(Taxonomy.Builder b, SkillUri uri, String english, String dutch, String descriptionNl) {
        b.skill(uri, SkillType.SKILL_COMPETENCE, ReuseLevel.SECTOR_SPECIFIC);
        b.labels(uri, LanguageLabels.of(Locale.ENGLISH, english));
        b.labels(uri, new LanguageLabels(NL, dutch, List.of(), List.of(), descriptionNl, LabelProvenance.ESCO_OFFICIAL));
    }

    static void occupation(Taxonomy.Builder b, OccupationUri uri, String english, String dutch, String descriptionNl) {
        b.occupation(uri, "5321", "5321.1");
        b.labels(uri, LanguageLabels.of(Locale.ENGLISH, english));
        b.labels(uri, new LanguageLabels(NL, dutch, List.of(), List.of(), descriptionNl, LabelProvenance.ESCO_OFFICIAL));
    }

    private static List<String> skills(Taxonomy taxonomy, SkillRetrieval retrieval, String sentence) {
        return retrieval.score(sentence, true, 5).stream().map(s -> taxonomy.skillAt(s.ordinal()).uri().value()).toList();
    }

    @Test
    void theSettingASentenceNamesLiftsTheSkillsOfTheOccupationsWorkingThere() {
        Taxonomy taxonomy = taxonomy();
        SkillRetrieval plain = SkillRetrieval.shipped(taxonomy).withOccupationContext(null);
        SkillRetrieval lifted = plain.withOccupationContext(OccupationContext.build(taxonomy, 1f));
        String sentence = "Je helpt bewoners bij het wassen en aankleden.";

        // the label "passagiers helpen" outweighs a description word on its own
        assertThat(skills(taxonomy, plain, sentence)).first().isEqualTo(ASSIST_PASSENGERS.value());
        assertThat(skills(taxonomy, lifted, sentence)).first().isEqualTo(SUPPORT_PATIENTS.value());
    }

    @Test
    void reOrderingTheRetrievedCandidatesAddsNoSkillTheSentenceDoesNotTouch() {
        Taxonomy taxonomy = taxonomy();
        SkillRetrieval lifted = SkillRetrieval.shipped(taxonomy).withOccupationContext(OccupationContext.build(taxonomy, 1f)
                .withCandidates(OccupationContext.Candidates.RETRIEVED));

        // "reizigers aan boord" sounds like cabin crew, but only skills the words retrieve can be lifted
        assertThat(skills(taxonomy, lifted, "Je helpt reizigers aan boord.")).containsExactly(ASSIST_PASSENGERS.value(),
                SUPPORT_PATIENTS.value());
    }

    @Test
    void theSkillsTheSentencesOccupationsListAreCandidatesThoughNoWordNamesThem() {
        Taxonomy taxonomy = taxonomy();
        OccupationContext context = OccupationContext.build(taxonomy, 1f);
        SkillRetrieval lifted = SkillRetrieval.shipped(taxonomy).withOccupationContext(context);

        // the platform's default: cabin crew lists serving drinks (optional), which no word of the sentence names
        assertThat(context.candidates()).isEqualTo(OccupationContext.Candidates.LISTED);
        assertThat(skills(taxonomy, lifted, "Je helpt reizigers aan boord.")).first().isEqualTo(ASSIST_PASSENGERS.value());
        assertThat(skills(taxonomy, lifted, "Je helpt reizigers aan boord.")).containsExactlyInAnyOrder(
                ASSIST_PASSENGERS.value(), SUPPORT_PATIENTS.value(), SERVE_DRINKS.value());
        // lifting all reached skills before the cut is not the same: serving drinks is still not reached
        SkillRetrieval reached = SkillRetrieval.shipped(taxonomy).withOccupationContext(
                context.withCandidates(OccupationContext.Candidates.REACHED));
        assertThat(skills(taxonomy, reached, "Je helpt reizigers aan boord.")).doesNotContain(SERVE_DRINKS.value());
    }

    @Test
    void aLiftOfZeroListsNothingAndKeepsTheRetrievalOrder() {
        Taxonomy taxonomy = taxonomy();
        SkillRetrieval plain = SkillRetrieval.shipped(taxonomy).withOccupationContext(null);
        SkillRetrieval zero = plain.withOccupationContext(OccupationContext.build(taxonomy, 0f));

        for (String sentence : List.of("Je helpt reizigers aan boord.", "Je helpt bewoners bij het wassen en aankleden.")) {
            assertThat(skills(taxonomy, zero, sentence)).isEqualTo(skills(taxonomy, plain, sentence));
        }
    }

    @Test
    void aSentenceThatReachesNoSkillGetsNoneFromItsOccupationsAlone() {
        Taxonomy taxonomy = taxonomy();
        SkillRetrieval lifted = SkillRetrieval.shipped(taxonomy).withOccupationContext(OccupationContext.build(taxonomy, 1f));

        // "stewardess" names the occupation only; a lift is a share of the sentence's own best retrieval score
        assertThat(skills(taxonomy, lifted, "Stewardess gezocht.")).isEmpty();
    }

    @Test
    void withoutAnOccupationThatSoundsLikeTheSentenceTheRetrievalOrderStands() {
        Taxonomy taxonomy = taxonomy();
        SkillRetrieval plain = SkillRetrieval.shipped(taxonomy).withOccupationContext(null);
        SkillRetrieval lifted = plain.withOccupationContext(OccupationContext.build(taxonomy, 1f));
        String sentence = "Je kunt passagiers helpen.";

        assertThat(skills(taxonomy, lifted, sentence)).isEqualTo(skills(taxonomy, plain, sentence));
    }

    @Test
    void aTextsMostHeardOccupationsSupportTheSkillsTheyList() {
        Taxonomy taxonomy = taxonomy();
        OccupationContext context = OccupationContext.build(taxonomy, 1f);
        SkillRetrieval lifted = SkillRetrieval.shipped(taxonomy).withOccupationContext(context);
        OccupationContext.Tally tally = context.tally();

        assertThat(tally.support(taxonomy.skillOrdinal(SUPPORT_PATIENTS).orElseThrow())).isZero();
        lifted.score("Je helpt bewoners bij het wassen en aankleden.", true, 5, tally);

        // only the care worker sounds like this sentence, and it lists the patient support as essential
        assertThat(tally.support(taxonomy.skillOrdinal(SUPPORT_PATIENTS).orElseThrow())).isEqualTo(1.0);
        assertThat(tally.support(taxonomy.skillOrdinal(ASSIST_PASSENGERS).orElseThrow())).isZero();
    }

    @Test
    void hearingASentenceTalliesTheOccupationsScoringItWould() {
        Taxonomy taxonomy = taxonomy();
        List<String> sentences = List.of("Stewardessen zorgen voor reizigers aan boord van een vliegtuig.",
                "Je helpt bewoners bij het wassen en aankleden.", "Verzorgenden ondersteunen bewoners.",
                "Stewardess gezocht.", "");
        for (OccupationContext.Candidates which : OccupationContext.Candidates.values()) {
            OccupationContext context = OccupationContext.build(taxonomy, 1f).withOccupations(1).withCandidates(which);
            SkillRetrieval retrieval = SkillRetrieval.shipped(taxonomy).withOccupationContext(context);
            for (int n = 1; n <= sentences.size(); n++) {
                OccupationContext.Tally scored = context.tally();
                OccupationContext.Tally heard = context.tally();
                for (String sentence : sentences.subList(0, n)) {
                    retrieval.score(sentence, true, 5, scored);
                    retrieval.hear(sentence, true, heard);
                }
                for (int skill = 0; skill < taxonomy.skillCount(); skill++) {
                    assertThat(heard.support(skill)).as("%s, %d sentences, skill %d", which, n, skill)
                            .isEqualTo(scored.support(skill));
                }
            }
        }
        // the fifth round's lift hears only a sentence that retrieves a skill: "Stewardess gezocht." reaches none
        OccupationContext retrievedOnly = OccupationContext.build(taxonomy, 1f)
                .withCandidates(OccupationContext.Candidates.RETRIEVED);
        OccupationContext.Tally tally = retrievedOnly.tally();
        SkillRetrieval.shipped(taxonomy).withOccupationContext(retrievedOnly).hear("Stewardess gezocht.", true, tally);
        assertThat(tally.support(taxonomy.skillOrdinal(ASSIST_PASSENGERS).orElseThrow())).isZero();
        OccupationContext listed = OccupationContext.build(taxonomy, 1f);
        OccupationContext.Tally listedTally = listed.tally();
        SkillRetrieval.shipped(taxonomy).withOccupationContext(listed).hear("Stewardess gezocht.", true, listedTally);
        assertThat(listedTally.support(taxonomy.skillOrdinal(ASSIST_PASSENGERS).orElseThrow())).isEqualTo(1.0);
    }

    @Test
    void occupationsHeardEquallyOftenAreRankedByOrdinal() {
        Taxonomy taxonomy = taxonomy();
        // only the most heard occupation lends its skills to the text
        OccupationContext context = OccupationContext.build(taxonomy, 1f).withOccupations(1);
        SkillRetrieval lifted = SkillRetrieval.shipped(taxonomy).withOccupationContext(context);
        OccupationContext.Tally tally = context.tally();

        // each sentence sounds like one occupation only, so each is heard with mass 1: the lower ordinal leads
        lifted.score("Stewardessen zorgen voor reizigers aan boord van een vliegtuig.", true, 5, tally);
        lifted.score("Verzorgenden ondersteunen bewoners van een verpleeghuis.", true, 5, tally);

        assertThat(taxonomy.occupationAt(0).uri()).isEqualTo(CARE_WORKER);
        assertThat(tally.support(taxonomy.skillOrdinal(SUPPORT_PATIENTS).orElseThrow())).isEqualTo(1.0);
        assertThat(tally.support(taxonomy.skillOrdinal(ASSIST_PASSENGERS).orElseThrow())).isZero();

        // heard once more, the cabin crew leads
        lifted.score("Stewardessen zorgen voor reizigers aan boord van een vliegtuig.", true, 5, tally);
        assertThat(tally.support(taxonomy.skillOrdinal(ASSIST_PASSENGERS).orElseThrow())).isEqualTo(1.0);
        assertThat(tally.support(taxonomy.skillOrdinal(SUPPORT_PATIENTS).orElseThrow())).isZero();
    }
}
