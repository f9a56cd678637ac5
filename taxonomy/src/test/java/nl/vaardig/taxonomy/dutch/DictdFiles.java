package nl.vaardig.taxonomy.dutch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Tiny FreeDict dictionaries in dictd's format (index + gzipped text) for the dictionary tests. */
final class DictdFiles {

    private DictdFiles() {
    }

    /** An index line per entry (headword, base64 offset and length) and the gzipped entries. */
    static void write(Path dictd, String name, List<String> entries) throws IOException {
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
