package nl.vaardig.taxonomy.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.lexicon.SynonymEntry;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.source.SkillEntry;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * Which gold skills of the English validation sets only the curated lexicon finds: in the platform's top 5 with the
 * lexicon and not without it. Each is classed by the lexicon phrase the sentence holds (an abbreviation, a named
 * tool or product, a multi-word phrase, one word) and by where ESCO already has that phrase (an English label of the
 * gold skill, its English description, another skill's label, nowhere). Counts only; with {@code --list} one line per
 * skill for reading by hand (not committed); with {@code --prior W} also how many of them the extractor without the
 * lexicon finds with a usage prior of W ({@link nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval#withUsagePrior}).
 * Run with {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.LexiconOnlyGold -Dexec.args="[--list] [--prior W]"}.
 */
public final class LexiconOnlyGold {

    /** What the sentence's lexicon phrase looks like. */
    enum Kind { ABBREVIATION, NAMED_TOOL, MULTI_WORD, ONE_WORD, NO_PHRASE }

    /** Where ESCO already carries the phrase. */
    enum InEsco { GOLD_LABEL, GOLD_DESCRIPTION, OTHER_SKILL_LABEL, NOWHERE }

    private LexiconOnlyGold() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        boolean list = options.contains("--list");
        int prior = options.indexOf("--prior");
        EvalFixtures fixtures = EvalFixtures.load();
        SkillExtractor full = fixtures.extractor();
        SkillExtractor noLexicon = SkillExtractor.create(fixtures.source(), SynonymLexicon.empty())
                .withRetrieval(fixtures.taxonomy(), fixtures.retrieval());
        SkillExtractor withPrior = prior < 0 ? null : SkillExtractor.create(fixtures.source(), SynonymLexicon.empty())
                .withRetrieval(fixtures.taxonomy(), fixtures.retrieval().withUsagePrior(Float.parseFloat(args[prior + 1])));
        Map<String, List<SynonymEntry>> phrases = new HashMap<>();
        for (SynonymEntry e : SynonymLexicon.bundled().entries()) {
            phrases.computeIfAbsent(e.skillUri(), k -> new ArrayList<>()).add(e);
        }
        Map<String, SkillEntry> skills = new HashMap<>();
        Map<String, Set<String>> labelOwners = new HashMap<>();
        for (SkillEntry s : fixtures.source().skills()) {
            skills.put(s.uri(), s);
            for (String label : englishLabels(s)) {
                labelOwners.computeIfAbsent(label.toLowerCase(Locale.ROOT), k -> new java.util.HashSet<>()).add(s.uri());
            }
        }
        Path bench = ExtractionEvaluation.DEFAULT_BENCHMARK;
        for (String split : List.of("tech", "house")) {
            Path file = bench.resolve(split + "_validation_annotations.csv");
            if (!Files.exists(file)) {
                continue;
            }
            Map<String, Integer> counts = new TreeMap<>();
            int lexiconOnly = 0;
            int noLexiconOnly = 0;
            int recovered = 0;
            for (AnnotatedText t : fixtures.annotations(file)) {
                List<String> with = top(full, t.text());
                List<String> without = top(noLexicon, t.text());
                List<String> prioritised = withPrior == null ? List.of() : top(withPrior, t.text());
                for (String gold : t.goldSkillUris()) {
                    boolean inWith = with.contains(gold);
                    boolean inWithout = without.contains(gold);
                    if (!inWith && inWithout) {
                        noLexiconOnly++;
                    }
                    if (!inWith || inWithout) {
                        continue;
                    }
                    lexiconOnly++;
                    recovered += prioritised.contains(gold) ? 1 : 0;
                    String surface = matchedPhrase(t.text(), phrases.getOrDefault(gold, List.of()));
                    Kind kind = kind(surface);
                    InEsco where = surface == null ? InEsco.NOWHERE : where(surface, skills.get(gold), labelOwners);
                    counts.merge(kind + " / " + where, 1, Integer::sum);
                    counts.merge(kind.toString(), 1, Integer::sum);
                    if (list) {
                        List<String> retrieved = fixtures.retrieval().score(t.text(), false, 1000).stream()
                                .map(s -> fixtures.taxonomy().skillAt(s.ordinal()).uri().value()).toList();
                        System.out.printf(Locale.ROOT, "LIST %s\t%s\t%s\t%s\t%s\tretrieval rank %d\twithout: %s%n", split,
                                kind, where, surface, fixtures.labelByUri().get(gold), retrieved.indexOf(gold) + 1,
                                without.stream().map(fixtures.labelByUri()::get).toList());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: gold skills in the top 5 only with the lexicon %d, only without it %d%n",
                    split.toUpperCase(Locale.ROOT), lexiconOnly, noLexiconOnly);
            counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %3d%n", k, v));
            if (withPrior != null) {
                System.out.printf(Locale.ROOT, "  found without the lexicon with usage prior %s: %d of %d%n", args[prior + 1],
                        recovered, lexiconOnly);
            }
        }
    }

    private static List<String> top(SkillExtractor extractor, String text) {
        return extractor.extract(text, ExtractionOptions.ranking()).skillUris().stream().limit(5)
                .map(SkillUri::value).toList();
    }

    /** The longest lexicon phrase of the skill that the text holds as whole words, as written in the text. */
    static String matchedPhrase(String text, List<SynonymEntry> entries) {
        String best = null;
        for (SynonymEntry e : entries) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.phrase()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (m.find() && (best == null || m.group().length() > best.length())) {
                best = m.group();
            }
        }
        return best;
    }

    static Kind kind(String surface) {
        if (surface == null) {
            return Kind.NO_PHRASE;
        }
        String letters = surface.replaceAll("[^\\p{L}]", "");
        if (!surface.contains(" ") && letters.length() >= 2 && letters.length() <= 6
                && letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return Kind.ABBREVIATION;
        }
        if (surface.chars().anyMatch(c -> Character.isDigit(c) || "+#./".indexOf(c) >= 0)
                || java.util.Arrays.stream(surface.split(" ")).anyMatch(w -> w.length() > 1
                && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isUpperCase))
                || Character.isUpperCase(surface.charAt(0))) {
            return Kind.NAMED_TOOL;
        }
        return surface.contains(" ") ? Kind.MULTI_WORD : Kind.ONE_WORD;
    }

    private static InEsco where(String surface, SkillEntry gold, Map<String, Set<String>> labelOwners) {
        String phrase = surface.toLowerCase(Locale.ROOT);
        for (String label : englishLabels(gold)) {
            if (containsWords(label.toLowerCase(Locale.ROOT), phrase)) {
                return InEsco.GOLD_LABEL;
            }
        }
        if (containsWords(gold.descriptionEn().toLowerCase(Locale.ROOT), phrase)) {
            return InEsco.GOLD_DESCRIPTION;
        }
        return labelOwners.containsKey(phrase) ? InEsco.OTHER_SKILL_LABEL : InEsco.NOWHERE;
    }

    private static boolean containsWords(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private static List<String> englishLabels(SkillEntry s) {
        List<String> out = new ArrayList<>(s.altLabelsEn());
        out.addAll(s.hiddenLabelsEn());
        out.add(s.preferredLabelEn());
        return out;
    }
}
