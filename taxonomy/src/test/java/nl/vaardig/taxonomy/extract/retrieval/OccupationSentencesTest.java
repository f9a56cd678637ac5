package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import org.junit.jupiter.api.Test;

class OccupationSentencesTest {

    private static final Locale NL = Locale.of("nl");
    private static final String ESCO = "http://data.europa.eu/esco/";
    private static final SkillUri WASH_PATIENTS = new SkillUri(ESCO + "skill/wash-patients");
    private static final SkillUri POUR_DRINKS = new SkillUri(ESCO + "skill/pour-drinks");
    private static final SkillUri DRIVE_BUS = new SkillUri(ESCO + "skill/drive-bus");
    private static final SkillUri CARE = new SkillUri(ESCO + "skill/care");
    private static final OccupationUri CARE_WORKER = new OccupationUri(ESCO + "occupation/care-worker");

    private static Taxonomy taxonomy() {
        Taxonomy.Builder b = Taxonomy.builder(TaxonomyVersion.ESCO_1_1_1);
        skill(b, WASH_PATIENTS, "wash patients", "patiënten wassen");
        skill(b, POUR_DRINKS, "pour drinks", "dranken schenken");
        skill(b, DRIVE_BUS, "drive a bus", "bus besturen");
        skill(b, CARE, "provide care", "zorg verlenen");
        b.broader(WASH_PATIENTS, CARE);
        b.occupation(CARE_WORKER, "5321", "5321.1");
        b.labels(CARE_WORKER, new LanguageLabels(Locale.ENGLISH, "care worker", List.of(), List.of(),
                "Care workers wash patients in the morning. They pour drinks for visitors. They drive a bus on trips.",
                LabelProvenance.ESCO_OFFICIAL));
        b.labels(CARE_WORKER, new LanguageLabels(NL, "verzorgende", List.of(), List.of(),
                "Verzorgenden wassen de patiënten 's ochtends. Zij schenken dranken voor bezoekers. Zij werken in ploegen.",
                LabelProvenance.ESCO_OFFICIAL));
        b.occupationSkill(CARE_WORKER, WASH_PATIENTS, RelationType.ESSENTIAL);
        b.occupationSkill(CARE_WORKER, POUR_DRINKS, RelationType.OPTIONAL);
        return b.build();
    }

    private static void skill(Taxonomy.Builder b, SkillUri uri, String english, String dutch) {
        b.skill(uri, SkillType.SKILL_COMPETENCE, ReuseLevel.SECTOR_SPECIFIC);
        b.labels(uri, LanguageLabels.of(Locale.ENGLISH, english));
        b.labels(uri, new LanguageLabels(NL, dutch, List.of(), List.of(), "", LabelProvenance.ESCO_OFFICIAL));
    }

    private static int ordinal(Taxonomy taxonomy, SkillUri skill) {
        return taxonomy.skillOrdinal(skill).orElseThrow();
    }

    @Test
    void eachDescriptionSentenceGoesToTheOccupationsSkillWhoseLabelItSays() {
        Taxonomy taxonomy = taxonomy();
        List<SkillDocument> documents = SkillDocuments.from(taxonomy, HeldOut.NOTHING, GeneratedDutchLabels.shipped(),
                SkillDocuments.Context.RELATED);
        OccupationSentences.Linked linked = OccupationSentences.link(taxonomy, SkillTerms.of(documents, false));

        assertThat(linked.dutch()[ordinal(taxonomy, WASH_PATIENTS)]).containsExactly("Verzorgenden wassen de patiënten 's ochtends.");
        assertThat(linked.dutch()[ordinal(taxonomy, POUR_DRINKS)]).containsExactly("Zij schenken dranken voor bezoekers.");
        assertThat(linked.english()[ordinal(taxonomy, WASH_PATIENTS)]).containsExactly("Care workers wash patients in the morning.");
        // a sentence naming a skill the occupation does not list, or none, goes nowhere
        assertThat(linked.english()[ordinal(taxonomy, DRIVE_BUS)]).isNull();
        assertThat(linked.dutch()[ordinal(taxonomy, CARE)]).isNull();
    }

    @Test
    void wideDocumentsAddOccupationSentencesToTheContext() {
        Taxonomy taxonomy = taxonomy();
        SkillDocument related = SkillDocuments.from(taxonomy, HeldOut.NOTHING, GeneratedDutchLabels.shipped(),
                SkillDocuments.Context.RELATED).get(ordinal(taxonomy, CARE));
        SkillDocument wide = SkillDocuments.from(taxonomy, HeldOut.NOTHING, GeneratedDutchLabels.shipped(),
                SkillDocuments.Context.WIDE).get(ordinal(taxonomy, CARE));
        SkillDocument washing = SkillDocuments.from(taxonomy, HeldOut.NOTHING, GeneratedDutchLabels.shipped(),
                SkillDocuments.Context.WIDE).get(ordinal(taxonomy, WASH_PATIENTS));

        assertThat(related.contextNl()).isEmpty();
        assertThat(wide.contextNl()).isEmpty();
        assertThat(washing.contextNl()).containsExactly("zorg verlenen", "Verzorgenden wassen de patiënten 's ochtends.");
        assertThat(washing.contextEn()).containsExactly("provide care", "Care workers wash patients in the morning.");
    }
}
