package nl.vaardig.taxonomy.dutch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * General Dutch resources the generator uses besides ESCO: a bilingual dictionary for words the parallel data never
 * had (with {@code --pivots} also what FreeDict reaches through other languages, {@link PivotDictionary}), and a
 * Dutch speller to tell a Dutch word from an English one left untranslated. Both are Debian packages read
 * at generation time; the shipped labels do not need them.
 */
record DutchLexicon(BilingualDictionary dictionary, Predicate<String> dutchWord, boolean speller) {

    /** {@code speller}: whether {@code dutchWord} is a full Dutch speller whose rejection of a compound means something. */
    DutchLexicon(BilingualDictionary dictionary, Predicate<String> dutchWord) {
        this(dictionary, dutchWord, false);
    }

    static final String PACKAGES = "hunspell-nl dict-freedict-eng-nld dict-freedict-nld-eng";
    /** Only for {@code --pivots}: off by default, it measured no gain (docs/taxonomy.md, "Round 16 (cover13)"). */
    static final String PIVOT_PACKAGES = String.join(" ",
            PivotDictionary.PAIRS.stream().map(p -> "dict-freedict-" + p).toList());
    static final Path HUNSPELL = Path.of("/usr/share/hunspell");
    static final Path DICTD = Path.of("/usr/share/dictd");

    /** No dictionary and no speller: only what the parallel data gives (unit tests on a hand-made corpus). */
    static DutchLexicon none() {
        return new DutchLexicon(BilingualDictionary.empty(), w -> false);
    }

    /** The Debian packages' files; fails with the packages to install when one is missing. */
    static DutchLexicon system(boolean pivots) {
        return read(HUNSPELL, DICTD, pivots);
    }

    static DutchLexicon read(Path hunspell, Path dictd, boolean pivots) {
        var needed = new ArrayList<>(List.of(hunspell.resolve("nl.aff"), hunspell.resolve("nl.dic")));
        var pairs = new ArrayList<>(List.of("eng-nld", "nld-eng"));
        if (pivots) {
            pairs.addAll(PivotDictionary.PAIRS);
        }
        for (String pair : pairs) {
            needed.add(dictd.resolve("freedict-" + pair + ".index"));
            needed.add(dictd.resolve("freedict-" + pair + ".dict.dz"));
        }
        List<Path> missing = needed.stream().filter(p -> !Files.isReadable(p)).toList();
        if (!missing.isEmpty()) {
            String packages = pivots ? PACKAGES + " " + PIVOT_PACKAGES : PACKAGES;
            throw new IllegalStateException("Dutch label generation needs the Debian packages " + packages
                    + " (apt-get install -y " + packages + "); missing: " + missing);
        }
        try {
            DutchSpelling spelling = DutchSpelling.read(hunspell);
            BilingualDictionary dictionary = pivots ? BilingualDictionary.read(dictd, spelling::isWord)
                    : BilingualDictionary.read(dictd);
            return new DutchLexicon(dictionary, spelling::isWord, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
