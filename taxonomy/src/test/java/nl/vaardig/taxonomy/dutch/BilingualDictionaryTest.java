package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FreeDict's dictd files read both ways round, on two tiny dictionaries written here in the same format. */
class BilingualDictionaryTest {

    @TempDir
    Path dictd;

    @Test
    void englishDutchEntriesAndInvertedDutchEnglishEntriesGiveDutchCandidates() throws IOException {
        write("freedict-eng-nld", List.of("socket /sɔkit/\nfoedraal, houder\n", "wall socket /wɔl/\n1. stopcontact\n"));
        write("freedict-nld-eng", List.of("stopcontact /stɔp/\nsocket, power point\n",
                "kĳkdoos (oud) /kɛik/\nperiscope\n"));

        var d = BilingualDictionary.read(dictd);

        assertThat(d.dutch(List.of("socket"))).containsExactly(List.of("foedraal"), List.of("houder"),
                List.of("stopcontact"));
        assertThat(d.dutch(List.of("wall", "socket"))).containsExactly(List.of("stopcontact"));
        assertThat(d.dutch(List.of("periscope"))).as("ij ligature written out, note dropped")
                .containsExactly(List.of("kijkdoos"));
        assertThat(d.dutch(List.of("screed"))).isEmpty();
    }

    @Test
    void generationWithoutTheDebianPackagesSaysWhichToInstall() {
        assertThatThrownBy(() -> DutchLexicon.read(dictd.resolve("no-hunspell"), dictd, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install -y hunspell-nl dict-freedict-eng-nld dict-freedict-nld-eng)");
        assertThatThrownBy(() -> DutchLexicon.read(dictd.resolve("no-hunspell"), dictd, true))
                .as("--pivots needs FreeDict's pairs through the other languages too")
                .hasMessageContaining("dict-freedict-nld-eng dict-freedict-eng-deu dict-freedict-deu-eng")
                .hasMessageContaining("dict-freedict-nld-ita)");
    }

    private void write(String name, List<String> entries) throws IOException {
        DictdFiles.write(dictd, name, entries);
    }
}
