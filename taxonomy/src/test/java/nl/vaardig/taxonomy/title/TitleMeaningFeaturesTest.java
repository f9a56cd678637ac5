package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.analysis.LabelKeys;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import org.junit.jupiter.api.Test;

/**
 * The ranker's meaning features (round 7) on a tiny taxonomy: siblings that share a name are told apart by how
 * specific the title's other words are to their skills and own description, and "⟨rol⟩ / ⟨rol⟩" by how well each role
 * fits.
 */
class TitleMeaningFeaturesTest {

    private static final Locale NL = Locale.of("nl");
    private static final String ESCO = "http://data.europa.eu/esco/occupation/";
    private static final OccupationUri CONCRETE = new OccupationUri(ESCO + "concrete-supervisor");
    private static final OccupationUri ROADS = new OccupationUri(ESCO + "road-supervisor");
    private static final OccupationUri SHOP = new OccupationUri(ESCO + "shop-manager");
    private static final OccupationUri WHOLESALE = new OccupationUri(ESCO + "wholesale-merchant");

    private static final Taxonomy TAXONOMY = taxonomy();
    private static final JobTitleMatcher OFF = JobTitleMatcher.build(TAXONOMY, TitleIndexOptions.defaults(),
            TitleRanker.HAND);
    private static final JobTitleMatcher MATCHER = OFF.withMeaning(true);

    private static Taxonomy taxonomy() {
        var b = Taxonomy.builder(TaxonomyVersion.ESCO_1_1_1);
        occupation(b, CONCRETE, "3123", "concrete works supervisor", "opzichter bouw",
                "Bewaakt het storten van beton en de bekisting op de bouwplaats.");
        occupation(b, ROADS, "3123", "road works supervisor", "opzichter wegenbouw",
                "Bewaakt de aanleg van wegen op de bouwplaats.");
        occupation(b, SHOP, "1420", "shop manager", "winkelmanager", "Leidt een winkel.");
        occupation(b, WHOLESALE, "3324", "wholesale merchant", "groothandelaar", "Koopt en verkoopt in de groothandel.");
        skill(b, "pour-concrete", "beton storten", CONCRETE);
        skill(b, "formwork", "bekisting plaatsen", CONCRETE);
        skill(b, "site-safety", "veiligheid op de bouwplaats bewaken", CONCRETE, ROADS);
        skill(b, "asphalt", "asfalt leggen", ROADS);
        skill(b, "sell", "goederen verkopen", SHOP, WHOLESALE);
        b.vocabulary(CONCRETE, new SourcedLabel("Uitvoerder", NL, LabelSource.DUTCH_NOC_NARROW,
                LabelSource.DUTCH_NOC_NARROW.weight(), "noc-uitvoerder"));
        b.vocabulary(ROADS, new SourcedLabel("Uitvoerder", NL, LabelSource.DUTCH_NOC_NARROW,
                LabelSource.DUTCH_NOC_NARROW.weight(), "noc-uitvoerder"));
        return b.build();
    }

    private static void occupation(Taxonomy.Builder b, OccupationUri uri, String isco, String english, String dutch,
                                   String dutchDescription) {
        b.occupation(uri, isco, isco + ".1");
        b.labels(uri, LanguageLabels.of(Locale.ENGLISH, english));
        b.labels(uri, new LanguageLabels(NL, dutch, List.of(), List.of(), dutchDescription, LabelProvenance.ESCO_OFFICIAL));
    }

    private static void skill(Taxonomy.Builder b, String id, String dutch, OccupationUri... occupations) {
        var uri = new SkillUri("http://data.europa.eu/esco/skill/" + id);
        b.skill(uri, SkillType.SKILL_COMPETENCE, ReuseLevel.OCCUPATION_SPECIFIC);
        b.labels(uri, LanguageLabels.of(Locale.ENGLISH, id));
        b.labels(uri, LanguageLabels.of(NL, dutch));
        for (OccupationUri o : occupations) {
            b.occupationSkill(o, uri, RelationType.ESSENTIAL);
        }
    }

    private static String stem(String word) {
        return LabelKeys.dutchLeafStems(word).iterator().next();
    }

    private static Map<OccupationUri, Double> feature(String title, String feature) {
        return feature(MATCHER, title, feature);
    }

    private static Map<OccupationUri, Double> feature(JobTitleMatcher matcher, String title, String feature) {
        int i = TitleRanker.FEATURES.indexOf(feature);
        return matcher.candidates(title, null).stream()
                .collect(Collectors.toMap(c -> c.uri(TAXONOMY), c -> c.features()[i]));
    }

    @Test
    void aWordOnlyOneSiblingsSkillsUseCountsMoreThanAWordBothUse() {
        OccupationSkillWords.Specificity specificity = new OccupationSkillWords(TAXONOMY).specificity();
        double concrete = specificity.ofSkill(stem("beton"));
        // four occupations, one of whose skills speak of concrete; both supervisors' skills speak of the site
        assertThat(concrete).isCloseTo(Math.log(4.0), within(1e-9));
        assertThat(specificity.ofSkill(stem("veiligheid"))).isCloseTo(Math.log(2.0), within(1e-9));
        assertThat(specificity.ofSkill(stem("zzqx"))).isZero();

        Map<OccupationUri, Double> skills = feature("Uitvoerder betonwerken", "skillSpecific");
        assertThat(skills.get(CONCRETE)).isGreaterThan(0.0);
        assertThat(skills.get(ROADS)).isZero();
        Map<OccupationUri, Double> central = feature("Uitvoerder betonwerken", "skillCentral");
        assertThat(central.get(CONCRETE)).isGreaterThan(central.get(ROADS));
    }

    @Test
    void theOwnDescriptionTellsSiblingsApartWhereTheirSharedGroupCannot() {
        Map<OccupationUri, Double> description = feature("Uitvoerder asfalt wegen", "ownDescription");
        assertThat(description.get(ROADS)).isGreaterThan(description.get(CONCRETE));
        assertThat(description.get(ROADS)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void asShippedTheyAreOffAndZero() {
        for (String f : List.of("skillSpecific", "skillCentral", "ownDescription", "readings")) {
            assertThat(feature(OFF, "Uitvoerder betonwerken", f).values()).isNotEmpty().containsOnly(0.0);
        }
    }

    @Test
    void anOccupationBothRolesFindFitsBetterThanOneOnlyOneRoleFinds() {
        Map<OccupationUri, Double> readings = feature("Winkelmanager / groothandelaar", "readings");
        Map<OccupationUri, Double> single = feature("Winkelmanager", "readings");
        assertThat(single.get(SHOP)).isCloseTo(1.0, within(1e-9));
        // three readings (the whole title and each role): the shop manager fits the whole title in part and its own role
        assertThat(readings.get(SHOP)).isLessThan(single.get(SHOP)).isGreaterThan(1.0 / 3);
        assertThat(readings.get(WHOLESALE)).isGreaterThan(1.0 / 3);
    }
}
