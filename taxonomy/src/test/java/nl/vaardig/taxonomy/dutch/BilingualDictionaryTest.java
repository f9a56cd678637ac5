package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

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
        assertThatThrownBy(() -> DutchLexicon.read(dictd.resolve("no-hunspell"), dictd))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install -y hunspell-nl dict-freedict-eng-nld dict-freedict-nld-eng");
    }

    /** An index line per entry (headword, base64 offset and length) and the gzipped entries. */
    private void write(String name, List<String> entries) throws IOException {
        var text = new StringBuilder("00-database-info\nheader\n");
        var index = new StringBuilder("00databaseinfo\tA\tQ\n");
        for (String e : entries) {
            int offset = text.toString().getBytes(StandardCharsets.UTF_8).length;
            int length = e.getBytes(StandardCharsets.UTF_8).length;
            index.append(e.substring(0, e.indexOf(" /"))).append('\t').append(base64(offset)).append('\t')
                    .append(base64(length)).append('\n');
            text.append(e);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dictd.resolve(name + ".dict.dz")))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dictd.resolve(name + ".index"), index, StandardCharsets.UTF_8);
    }

    private static String base64(int value) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var sb = new StringBuilder();
        do {
            sb.insert(0, digits.charAt(value % 64));
            value /= 64;
        } while (value > 0);
        return sb.toString();
    }
}
