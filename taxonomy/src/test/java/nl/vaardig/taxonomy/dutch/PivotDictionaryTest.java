package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** English → German/French → Dutch on tiny dictionaries in FreeDict's dictd format. */
class PivotDictionaryTest {

    @TempDir
    Path dictd;

    private final Set<String> speller = Set.of("kalksteen", "merk", "beenmerg", "smeren", "vet");

    @Test
    void aDutchWordTwoPivotWordsReachIsACandidateOneReachedOnceIsNot() throws IOException {
        write("freedict-eng-nld", List.of("socket /s/\nhouder\n"));
        write("freedict-nld-eng", List.of("vet /v/\nfat\n"));
        // Ding's layout: translations on the first line, indented notes and cross-references after it
        write("freedict-eng-deu", List.of(
                "limestone /l/\nKalkstein <masc> [geol.]\n   Synonym: {chalk}\n see: {Kreide}\n",
                "marrow /m/\nMark <neut>\n", "lubricate /l/\nschmieren, abschmieren\n"));
        write("freedict-deu-nld", List.of("Kalkstein /k/\nkalksteen\n", "Mark /m/\nmerk, beenmerg\n",
                "Kreide /k/\nkrijt\n", "schmieren /s/\nsmeren\n", "abschmieren /a/\nsmeren, vet\n"));
        write("freedict-eng-fra", List.of("limestone /l/\ncalcaire\n"));
        write("freedict-nld-fra", List.of("kalksteen /k/\ncalcaire\n"));

        var d = BilingualDictionary.read(dictd, speller::contains);

        assertThat(d.throughPivots(List.of("limestone"))).as("German and French agree")
                .containsExactly(List.of("kalksteen"));
        assertThat(d.dutch(List.of("limestone"))).as("kept apart from the English-Dutch pair's candidates").isEmpty();
        assertThat(d.throughPivots(List.of("marrow"))).as("one pivot word: another sense as likely as this one")
                .isEmpty();
        assertThat(d.throughPivots(List.of("lubricate"))).as("two German words, one Dutch word; 'vet' only once")
                .containsExactly(List.of("smeren"));
        assertThat(d.throughPivots(List.of("chalk"))).as("a synonym note is no translation").isEmpty();
        assertThat(d.pivotPhrases()).isEqualTo(2);
    }

    @Test
    void theEnglishDutchPairWinsAndTheSpellerMustKnowEveryWord() throws IOException {
        write("freedict-eng-nld", List.of("lubricate /l/\ninvetten\n"));
        write("freedict-nld-eng", List.of("vet /v/\nfat\n"));
        write("freedict-eng-deu", List.of("lubricate /l/\nschmieren\n", "grease /g/\nschmieren, fetten\n"));
        write("freedict-deu-nld", List.of("schmieren /s/\nsmeren, invetten\n", "fetten /f/\ninvetten\n"));
        write("freedict-nld-deu", List.of("invetten /i/\nschmieren\n"));

        var d = BilingualDictionary.read(dictd, speller::contains);

        assertThat(d.dutch(List.of("lubricate"))).containsExactly(List.of("invetten"));
        assertThat(d.throughPivots(List.of("lubricate"))).isEmpty();
        assertThat(d.throughPivots(List.of("grease")))
                .as("'invetten' is reached twice but the speller does not know it").isEmpty();
    }

    private void write(String name, List<String> entries) throws IOException {
        DictdFiles.write(dictd, name, entries);
    }
}
