package nl.vaardig.taxonomy.dutch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rebuilds {@code analysis/nl-verb-forms.txt}, the table that lets the Dutch sentence analyzer read "je stelt",
 * "stel … op" and "opgesteld" as forms of "opstellen". Its infinitives are the words of the ESCO-derived Dutch word
 * list ({@code nl-compound-words-esco.txt}) that end in -n, plus the verbs inside separable ones (stellen in
 * opstellen); their forms come from Dutch spelling rules ({@link DutchVerbForms}), each kept only when the OpenTaal
 * hunspell dictionary (Debian {@code hunspell-nl}) knows it. Generation only: the analyzer reads the shipped table.
 *
 * <p>{@code ./mvnw -q -B -pl taxonomy compile exec:java -Dexec.mainClass=nl.vaardig.taxonomy.dutch.DutchVerbFormsGeneration}
 */
public final class DutchVerbFormsGeneration {

    private static final String ANALYSIS = "src/main/resources/nl/vaardig/taxonomy/analysis/";
    private static final String WORDS = "/nl/vaardig/taxonomy/analysis/nl-compound-words-esco.txt";

    private DutchVerbFormsGeneration() {
    }

    public static void main(String[] args) throws IOException {
        Path hunspell = DutchLexicon.HUNSPELL;
        if (!Files.isReadable(hunspell.resolve("nl.dic"))) {
            throw new IllegalStateException("needs the Debian package hunspell-nl (apt-get install -y hunspell-nl)");
        }
        DutchSpelling spelling = DutchSpelling.read(hunspell);
        DutchVerbForms verbs = new DutchVerbForms(w -> spelling.isWord(w) || spelling.isWord(w.replace("ij", "\u0133")));
        var infinitives = new TreeSet<String>();
        var candidates = new ArrayList<>(escoWords());
        candidates.addAll(dictionaryInfinitives(hunspell.resolve("nl.dic")));
        for (String w : candidates) {
            if (w.endsWith("n") && w.chars().allMatch(Character::isLetter)) {
                infinitives.add(w);
                String particle = verbs.separableParticle(w);
                if (particle != null) {
                    infinitives.add(w.substring(particle.length()));
                }
            }
        }
        Map<String, TreeSet<String>> lemmas = new TreeMap<>();
        int verbCount = 0;
        for (String infinitive : infinitives) {
            List<String> forms = verbs.forms(infinitive);
            if (!forms.isEmpty()) {
                verbCount++;
                forms.forEach(f -> lemmas.computeIfAbsent(f, k -> new TreeSet<>()).add(infinitive));
            }
        }
        var lines = new ArrayList<String>();
        lines.add("# DERIVED Dutch verb forms -> infinitive, for the Dutch sentence analyzer (VaardigAnalyzers.dutchSentences).");
        lines.add("# Infinitives: words ending in -n of nl-compound-words-esco.txt (ESCO v1.1.1 Dutch labels), entries ending in -en of");
        lines.add("# the OpenTaal hunspell word list, and the verbs inside separable ones;");
        lines.add("# forms by Dutch spelling rules, kept when the OpenTaal hunspell dictionary (hunspell-nl,");
        lines.add("# (c) OpenTaal, BSD / CC BY 3.0, https://www.opentaal.org/) knows them. Rebuilt by");
        lines.add("# nl.vaardig.taxonomy.dutch.DutchVerbFormsGeneration. Format: form<TAB>infinitive[,infinitive...]");
        lemmas.forEach((form, infs) -> lines.add(form + "\t" + String.join(",", infs)));
        Path module = Files.isDirectory(Path.of("taxonomy/src")) ? Path.of("taxonomy") : Path.of(".");
        Path out = module.resolve(ANALYSIS + "nl-verb-forms.txt");
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf(java.util.Locale.ROOT, "%d candidate infinitives, %d with known forms, %d forms -> %s%n",
                infinitives.size(), verbCount, lemmas.size(), out);
    }

    /**
     * The entries of the hunspell word list that look like infinitives (lower-case letters ending in -en): the verbs
     * of vacancy sentences and of ESCO's descriptions, not only those of its labels.
     */
    private static List<String> dictionaryInfinitives(Path dic) throws IOException {
        return Files.readAllLines(dic, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.indexOf('/') >= 0 ? l.substring(0, l.indexOf('/')) : l.strip())
                .filter(w -> w.length() >= 5 && w.endsWith("en") && w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
                .toList();
    }

    private static List<String> escoWords() throws IOException {
        try (InputStream in = DutchVerbFormsGeneration.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + WORDS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
