package nl.vaardig.taxonomy.dutch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * General Dutch resources the generator uses besides ESCO: a bilingual dictionary for words the parallel data never
 * had, and a Dutch speller to tell a Dutch word from an English one left untranslated. Both are Debian packages read
 * at generation time; the shipped labels do not need them.
 */
record DutchLexicon(BilingualDictionary dictionary, Predicate<String> dutchWord, boolean speller) {

    /** {@code speller}: whether {@code dutchWord} is a full Dutch speller whose rejection of a compound means something. */
    DutchLexicon(BilingualDictionary dictionary, Predicate<String> dutchWord) {
        this(dictionary, dutchWord, false);
    }

    static final String PACKAGES = "hunspell-nl dict-freedict-eng-nld dict-freedict-nld-eng";
    static final Path HUNSPELL = Path.of("/usr/share/hunspell");
    static final Path DICTD = Path.of("/usr/share/dictd");

    /** No dictionary and no speller: only what the parallel data gives (unit tests on a hand-made corpus). */
    static DutchLexicon none() {
        return new DutchLexicon(BilingualDictionary.empty(), w -> false);
    }

    /** The Debian packages' files; fails with the packages to install when one is missing. */
    static DutchLexicon system() {
        return read(HUNSPELL, DICTD);
    }

    static DutchLexicon read(Path hunspell, Path dictd) {
        List<Path> needed = List.of(hunspell.resolve("nl.aff"), hunspell.resolve("nl.dic"),
                dictd.resolve("freedict-eng-nld.index"), dictd.resolve("freedict-eng-nld.dict.dz"),
                dictd.resolve("freedict-nld-eng.index"), dictd.resolve("freedict-nld-eng.dict.dz"));
        List<Path> missing = needed.stream().filter(p -> !Files.isReadable(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Dutch label generation needs the Debian packages " + PACKAGES
                    + " (apt-get install -y " + PACKAGES + "); missing: " + missing);
        }
        try {
            DutchSpelling spelling = DutchSpelling.read(hunspell);
            return new DutchLexicon(BilingualDictionary.read(dictd), spelling::isWord, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
