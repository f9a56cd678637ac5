package nl.vaardig.taxonomy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Token-by-token tests of the analyzers (in the spirit of Lucene's BaseTokenStreamTestCase.assertAnalyzesTo). */
class VaardigAnalyzersTest {

    private static void assertAnalyzesTo(Analyzer analyzer, String input, String... expected) {
        assertThat(VaardigAnalyzers.terms(analyzer, input)).as(input).containsExactly(expected);
    }

    private static final Analyzer NL = VaardigAnalyzers.dutch();
    private static final Analyzer EN = VaardigAnalyzers.english();

    @Test
    void dutchCompoundsKeepTheWholeWordAndAddTheirParts() {
        assertAnalyzesTo(NL, "vrachtwagenchauffeur", "vrachtwagenchauffeur", "vrachtwag", "chauffeur", "vracht", "wag");
        assertAnalyzesTo(NL, "klantcontact", "klantcontact", "klant", "contact");
        assertAnalyzesTo(NL, "heftruckchauffeur", "heftruckchauffeur", "heftruck", "chauffeur", "hef", "truck");
        assertAnalyzesTo(NL, "softwareontwikkeling", "softwareontwikkel", "softwar", "ontwikkel");
        assertAnalyzesTo(NL, "magazijnmedewerker", "magazijnmedewerker", "magazijn", "medewerker");
    }

    @Test
    void compoundPartsShareThePositionAndOffsetsOfTheirWord() throws IOException {
        var positions = new ArrayList<Integer>();
        var offsets = new ArrayList<String>();
        try (TokenStream ts = NL.tokenStream("f", "ervaren heftruckchauffeur")) {
            var inc = ts.addAttribute(PositionIncrementAttribute.class);
            var off = ts.addAttribute(OffsetAttribute.class);
            ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                positions.add(inc.getPositionIncrement());
                offsets.add(off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
        }
        assertThat(positions).containsExactly(1, 1, 0, 0, 0, 0);
        assertThat(offsets).containsExactly("0-7", "8-25", "8-25", "8-25", "8-25", "8-25");
    }

    @Test
    void wordsThatAreNotCompoundsStayWhole() {
        assertAnalyzesTo(NL, "chauffeur", "chauffeur");
        assertAnalyzesTo(NL, "timmerman", "timmerman");
        assertAnalyzesTo(NL, "verkoper", "verkoper");
    }

    @Test
    void dutchStemmingMakesPluralsMeetTheirSingular() {
        assertAnalyzesTo(NL, "chauffeurs", "chauffeur");
        assertThat(VaardigAnalyzers.terms(NL, "verpleegkundigen")).isEqualTo(VaardigAnalyzers.terms(NL, "verpleegkundige"));
    }

    @Test
    void diacriticsAreFoldedAndCaseIsIgnored() {
        assertAnalyzesTo(NL, "Coördinator", "coordinator");
        assertAnalyzesTo(VaardigAnalyzers.folding(), "Coördinator Café", "coordinator", "cafe");
    }

    @Test
    void abbreviationsAreKeptAndExpanded() {
        assertAnalyzesTo(NL, "BHV", "bedrijfshulpverlen", "bedrijf", "hulpverlen", "hulp", "verlen",
                "bedrijfshulpverlener", "hulpverlener", "verlener", "bhv");
        assertAnalyzesTo(NL, "MBO-niveau 4", "middel", "beroepsonderwijs", "beroep", "onderwijs", "mbo",
                "beroepsonderwijs", "beroep", "onderwijs", "niveau", "4");
        assertAnalyzesTo(NL, "ZZP'er", "zelfstand", "zzp'er", "ondernemer", "onder", "nemer", "personel");
        assertAnalyzesTo(NL, "Verpleegkundige IC", "verpleegkund", "intensiv", "ic", "car");
        assertThat(VaardigAnalyzers.terms(NL, "VCA")).contains("vca", "veilig", "checklist", "aannemer");
        assertThat(VaardigAnalyzers.terms(NL, "HACCP")).contains("haccp", "voedselveil");
        assertThat(VaardigAnalyzers.terms(NL, "ICT")).contains("ict", "informatietechnologie");
        assertThat(VaardigAnalyzers.terms(EN, "HACCP")).contains("haccp", "food", "safeti");
    }

    @Test
    void dutchStopWordsAreRemoved() {
        assertAnalyzesTo(NL, "medewerker in de keuken", "medewerker", "keuk");
    }

    @Test
    void englishAnalyzerStemsAndDropsPossessives() {
        assertAnalyzesTo(EN, "managing customers' accounts", "manag", "custom", "account");
        assertAnalyzesTo(EN, "software developer", "softwar", "develop");
    }

    @Test
    void foldingWithPartsAllowsPrefixesInsideCompounds() {
        assertAnalyzesTo(VaardigAnalyzers.dutchFoldingWithParts(), "Vrachtwagenchauffeurs",
                "vrachtwagenchauffeurs", "vrachtwagen", "chauffeurs", "vracht", "wagen");
    }

    @Test
    void decompounderUsesLinkingSAndKeepsFullCoverOnly() {
        DutchDecompounder d = DutchDecompounder.shipped();
        assertThat(d.split("bedrijfshulpverlening")).contains("hulpverlening", "hulp", "verlening");
        assertThat(d.split("chauffeur")).isEmpty();
        assertThat(d.split("xyzabcdefg")).isEmpty();
        assertThat(d.split("kort")).isEmpty();
        assertThat(new DutchDecompounder(List.of("klant", "contact")).split("klantcontact")).containsExactly("klant", "contact");
        assertThat(new DutchDecompounder(List.of("bedrijf", "auto")).split("bedrijfsauto")).containsExactly("bedrijf", "auto");
    }

    @Test
    void abbreviationListIsReadableOutsideLucene() {
        assertThat(Abbreviations.dutch().expand("BHV")).contains("bedrijfshulpverlening");
        assertThat(Abbreviations.dutch().expand("onbekend")).isEmpty();
    }

    @Test
    void textFoldingNormalisesLabelsForExactComparison() {
        assertThat(TextFolding.foldWords("  Medewerker Klantenservice (m/v/x) ")).isEqualTo("medewerker klantenservice m v x");
        assertThat(TextFolding.fold("Coördinator Zorg")).isEqualTo("coordinator zorg");
    }
}
