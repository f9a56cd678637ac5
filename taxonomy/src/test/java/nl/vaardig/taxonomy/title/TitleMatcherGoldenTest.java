package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/** Ranking, tie-breaking, frames and the head-noun fallback on a tiny hand-made taxonomy. */
class TitleMatcherGoldenTest {

    private static final Locale NL = Locale.of("nl");
    private static final String ESCO = "http://data.europa.eu/esco/occupation/";
    // URIs chosen so that URI (or label) order would put the wrong teacher first
    private static final OccupationUri HISTORY_TEACHER = new OccupationUri(ESCO + "a-history-teacher");
    private static final OccupationUri MATHS_TEACHER = new OccupationUri(ESCO + "z-maths-teacher");
    private static final OccupationUri NURSE = new OccupationUri(ESCO + "nurse");
    private static final OccupationUri CARPENTER = new OccupationUri(ESCO + "carpenter");
    private static final OccupationUri ROOFER = new OccupationUri(ESCO + "roofer");
    private static final OccupationUri BAKERY_MANAGER = new OccupationUri(ESCO + "bakery-manager");
    private static final OccupationUri SHOP_OWNER = new OccupationUri(ESCO + "shop-owner");
    private static final OccupationUri LABOURER = new OccupationUri(ESCO + "labourer");
    private static final OccupationUri LYRICIST = new OccupationUri(ESCO + "lyricist");
    private static final OccupationUri STAIR_BUILDER = new OccupationUri(ESCO + "stair-builder");

    private static final Taxonomy TAXONOMY = taxonomy();
    private static final JobTitleMatcher MATCHER = JobTitleMatcher.build(TAXONOMY);

    private static Taxonomy taxonomy() {
        var b = Taxonomy.builder(TaxonomyVersion.ESCO_1_1_1);
        // the two teachers share an ISCO unit group, as in ESCO; the others have one each
        occupation(b, HISTORY_TEACHER, "2330", "history teacher secondary school", "leerkracht geschiedenis voortgezet onderwijs");
        occupation(b, MATHS_TEACHER, "2330", "mathematics teacher secondary school", "leerkracht wiskunde voortgezet onderwijs");
        occupation(b, NURSE, "2221", "nurse", "verpleegkundige");
        occupation(b, CARPENTER, "7115", "carpenter", "timmerman");
        occupation(b, ROOFER, "7121", "roofer", "dakdekker");
        occupation(b, BAKERY_MANAGER, "1420", "bakery shop manager", "bedrijfsleider bakkerij");
        occupation(b, SHOP_OWNER, "5221", "shop owner", "winkeleigenaar");
        occupation(b, LABOURER, "9313", "labourer", "arbeider");
        occupation(b, LYRICIST, "2641", "lyricist", "tekstdichter");
        occupation(b, STAIR_BUILDER, "7115", "stair builder", "trappenmaker");
        skill(b, "teach-algebra", "algebra onderwijzen", MATHS_TEACHER);
        skill(b, "teach-history", "historische bronnen uitleggen", HISTORY_TEACHER);
        skill(b, "care", "patiënten verzorgen", NURSE);
        // a Dutch NOC title shared by both teachers, mapped the same way: only meaning can tell them apart
        nocTitle(b, HISTORY_TEACHER, "Docent", LabelSource.DUTCH_NOC_NARROW);
        nocTitle(b, MATHS_TEACHER, "Docent", LabelSource.DUTCH_NOC_NARROW);
        // a title mapped exactly to one occupation and broadly to another
        nocTitle(b, SHOP_OWNER, "Middenstander", LabelSource.DUTCH_NOC_BROAD);
        nocTitle(b, BAKERY_MANAGER, "Middenstander", LabelSource.DUTCH_NOC_EXACT);
        return b.build();
    }

    private static void occupation(Taxonomy.Builder b, OccupationUri uri, String isco, String english, String dutch) {
        b.occupation(uri, isco, isco + ".1");
        b.labels(uri, LanguageLabels.of(Locale.ENGLISH, english));
        b.labels(uri, LanguageLabels.of(NL, dutch));
    }

    private static void skill(Taxonomy.Builder b, String id, String dutch, OccupationUri occupation) {
        var uri = new SkillUri("http://data.europa.eu/esco/skill/" + id);
        b.skill(uri, SkillType.SKILL_COMPETENCE, ReuseLevel.OCCUPATION_SPECIFIC);
        b.labels(uri, LanguageLabels.of(Locale.ENGLISH, id));
        b.labels(uri, LanguageLabels.of(NL, dutch));
        b.occupationSkill(occupation, uri, RelationType.ESSENTIAL);
    }

    private static void nocTitle(Taxonomy.Builder b, OccupationUri uri, String title, LabelSource relation) {
        b.vocabulary(uri, new SourcedLabel(title, NL, relation, relation.weight(), "noc-" + title));
    }

    private static List<OccupationUri> ranked(String title) {
        return MATCHER.match(title, NL, 10).occupations().stream().map(OccupationMatch::uri).toList();
    }

    @Test
    void nationalTitlesAreIndexedAsDutchLabelsOfTheirOccupations() {
        OccupationMatch top = MATCHER.match("Docent", NL, 5).occupations().getFirst();
        assertThat(top.matchedSource()).isEqualTo(nl.vaardig.taxonomy.title.LabelSource.DUTCH_NOC);
        assertThat(top.matchedLabel()).isEqualTo("Docent");
        assertThat(ranked("Docent")).containsExactlyInAnyOrder(HISTORY_TEACHER, MATHS_TEACHER);
    }

    @Test
    void occupationsSharingALabelAreToldApartByTheTitlesOtherWordsInTheirSkills() {
        assertThat(ranked("Docent algebra").getFirst()).isEqualTo(MATHS_TEACHER);
        assertThat(ranked("docent historische bronnen").getFirst()).isEqualTo(HISTORY_TEACHER);
    }

    @Test
    void aSharedLabelGoesToTheBetterMappingRelationNotToLabelOrUriOrder() {
        assertThat(ranked("Middenstander")).containsExactly(BAKERY_MANAGER, SHOP_OWNER);
    }

    @Test
    void aCompoundWithAnUnknownModifierAnswersWithItsHeadsOccupations() {
        TitleMatchResult wijk = MATCHER.match("Qwijkverpleegkundige", NL, 5);
        assertThat(wijk.outcome()).isEqualTo(TitleOutcome.HEAD_FALLBACK);
        assertThat(wijk.occupations().getFirst().uri()).isEqualTo(NURSE);
        assertThat(MATCHER.match("Bouwtimmerman", NL, 5).occupations().getFirst().uri()).isEqualTo(CARPENTER);
        assertThat(MATCHER.match("daktimmerman", NL, 5).occupations().getFirst().uri()).isEqualTo(CARPENTER);
    }

    @Test
    void aHeadFirstFrameTakesTheFrameWordAsHead() {
        TitleMatchResult result = MATCHER.match("Arbeider zzqx", NL, 5);
        assertThat(result.outcome().answered()).isTrue();
        assertThat(result.occupations()).extracting(OccupationMatch::uri).containsExactly(LABOURER);
        assertThat(MATCHER.match("arbeider bakkerijkwxz", NL, 5).occupations().getFirst().uri()).isEqualTo(LABOURER);
    }

    @Test
    void rolesSeparatedByASlashShareTheBranchThatFollows() {
        assertThat(ranked("Bedrijfsleider / ondernemer bakkerij").getFirst()).isEqualTo(BAKERY_MANAGER);
        assertThat(ranked("Winkeleigenaar / timmerman")).startsWith(SHOP_OWNER, CARPENTER);
    }

    @Test
    void aOneWordTitleNothingElseFindsIsSplitAtItsLongestKnownPartOrFoundAsTheEndOfALabel() {
        assertThat(MATCHER.match("Bakkerijzqxw", NL, 5).occupations()).extracting(OccupationMatch::uri).contains(BAKERY_MANAGER);
        assertThat(MATCHER.match("Dichter", NL, 5).occupations().getFirst().uri()).isEqualTo(LYRICIST);
        assertThat(MATCHER.match("akdekker", NL, 5).occupations().getFirst().uri()).isEqualTo(ROOFER);
    }

    @Test
    void theOtherOccupationsOfAFirstCandidatesIscoGroupAreCandidatesToo() {
        // the stair builder shares no word with "timmerman", only its ISCO unit group
        List<OccupationUri> carpenter = ranked("timmerman");
        assertThat(carpenter.getFirst()).isEqualTo(CARPENTER);
        assertThat(carpenter).contains(STAIR_BUILDER).doesNotContain(ROOFER, LABOURER, NURSE);
        assertThat(ranked("dakdekker")).doesNotContain(STAIR_BUILDER);
    }

    @Test
    void aTitleWithoutAKnownWordOrHeadIsEmptyWithAReason() {
        TitleMatchResult result = MATCHER.match("zzqx wqrt", NL, 5);
        assertThat(result.occupations()).isEmpty();
        assertThat(result.outcome()).isEqualTo(TitleOutcome.NOT_RECOGNISED);
    }

    @Test
    void heldOutNationalTitlesAreLeftOutOfTheIndexButEscoLabelsStay() {
        var heldOut = JobTitleMatcher.build(TAXONOMY, new TitleIndexOptions(java.util.Map.of(), Set.of("middenstander")));
        assertThat(heldOut.match("Middenstander", NL, 5).occupations()).isEmpty();
        assertThat(heldOut.match("timmerman", NL, 5).occupations().getFirst().uri()).isEqualTo(CARPENTER);
    }
}
