package nl.vaardig.taxonomy.dutch;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Is this a Dutch word (compounds included)? The OpenTaal hunspell dictionary (Debian {@code hunspell-nl}) read by
 * Lucene's hunspell, at generation time only. Answers are cached: the same words come back in every fold.
 */
final class DutchSpelling {

    private final Hunspell hunspell;
    private final Map<String, Boolean> cache = new HashMap<>();

    private DutchSpelling(Hunspell hunspell) {
        this.hunspell = hunspell;
    }

    /** Reads {@code nl.aff} and {@code nl.dic} from a hunspell folder. */
    static DutchSpelling read(Path folder) throws IOException {
        try (InputStream aff = Files.newInputStream(folder.resolve("nl.aff"));
             InputStream dic = Files.newInputStream(folder.resolve("nl.dic"))) {
            return new DutchSpelling(new Hunspell(new Dictionary(new ByteBuffersDirectory(), "nl", aff, dic)));
        } catch (ParseException e) {
            throw new IOException("unreadable hunspell dictionary in " + folder + ": " + e.getMessage(), e);
        }
    }

    boolean isWord(String word) {
        return cache.computeIfAbsent(word, w -> {
            try {
                return hunspell.spell(w);
            } catch (RuntimeException e) {
                return false; // a word too odd for the dictionary's rules is not a known Dutch word
            }
        });
    }
}
