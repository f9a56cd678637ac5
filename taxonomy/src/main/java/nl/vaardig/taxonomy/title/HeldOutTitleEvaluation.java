package nl.vaardig.taxonomy.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.esco.EscoRecord;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.esco.NationalTitleCrosswalk;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Held-out evaluation on the Dutch national occupation titles: a seeded fifth of the distinct Dutch NOC titles is
 * left out of the title index (as NOC titles; ESCO's own labels stay), each held-out title is matched, and a hit on
 * any ESCO occupation the crosswalk maps that title to counts (exact, close, narrow or broad alike). Prints the
 * figures overall, for titles whose NOC id has no title left in the index vs. the rest, for titles that are or are
 * not literally an ESCO Dutch label, and the share of answers that came from the head-noun fallback.
 * It first prints the candidate recall (a gold among the candidates the ranker orders: its ceiling); {@code --recall-only}
 * stops there, without training a ranker; {@code --word-prior=on} measures the matcher with {@link NationalWordPrior} (off as shipped), {@code --meaning=on} with the
 * meaning features of round 7 (off as shipped). {@code --write-tsv=FILE} also writes the held-out cases in {@link TitleEvaluation}'s format.
 * {@code --members=K} averages K rankers from different random starts ({@link TitleRankerTraining#fitAveraged(List, int)});
 * {@code --dump=DIR} writes the training groups and the held-out candidates' features (train.txt, heldout.txt) so
 * ranker variants can be compared without matching every title again.
 *
 * <pre>
 * ./mvnw -q -B -pl taxonomy compile exec:java -Dexec.mainClass=nl.vaardig.taxonomy.title.HeldOutTitleEvaluation \
 *     -Dexec.args="[--seed=20261206] [--fraction=0.2] [--ranker=trained|hand|shipped] [--misses] [--write-tsv=FILE]\n *     [--recall-only] [--word-prior=on|off] [--meaning=on|off] [--members=K] [--dump=DIR]"
 * </pre>
 */
public final class HeldOutTitleEvaluation {

    static final long DEFAULT_SEED = 20261206L;

    /**
     * The held-out split: the cases to score, the folded titles to leave out of the index, and the titles kept in it
     * (what the ranker is trained on).
     */
    public record Split(List<TitleEvaluation.Case> cases, Set<String> heldOutTitles, Set<String> idsFullyHeldOut,
                        Map<String, Set<String>> idsByTitle, List<TitleEvaluation.Case> kept) {
    }

    private HeldOutTitleEvaluation() {
    }

    /**
     * Distinct titles (folded) sorted, shuffled with the seed; the first {@code fraction} of them are held out. The
     * gold of a title is every ESCO occupation the published crosswalk maps it to (ISCO-group rows left out).
     */
    public static Split split(Taxonomy taxonomy, long seed, double fraction) {
        var goldByTitle = new TreeMap<String, Set<OccupationUri>>();
        var textByTitle = new TreeMap<String, String>();
        var idsByTitle = new TreeMap<String, Set<String>>();
        var titlesById = new LinkedHashMap<String, Set<String>>();
        for (EscoRecord.NationalTitleRecord t : NationalTitleCrosswalk.shipped()) {
            if (!(t.target() instanceof OccupationUri occupation) || taxonomy.occupation(occupation).isEmpty()) {
                continue;
            }
            String key = TextFolding.foldWords(t.title());
            goldByTitle.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(occupation);
            textByTitle.putIfAbsent(key, t.title());
            idsByTitle.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(t.nationalId());
            titlesById.computeIfAbsent(t.nationalId(), k -> new HashSet<>()).add(key);
        }
        var keys = new ArrayList<>(goldByTitle.keySet());
        Collections.shuffle(keys, new Random(seed));
        var heldOut = new LinkedHashSet<>(keys.subList(0, (int) Math.round(keys.size() * fraction)));
        var cases = new ArrayList<TitleEvaluation.Case>();
        var kept = new ArrayList<TitleEvaluation.Case>();
        int line = 0;
        for (String key : keys) {
            var c = new TitleEvaluation.Case(++line, textByTitle.get(key), List.copyOf(goldByTitle.get(key)));
            (heldOut.contains(key) ? cases : kept).add(c);
        }
        var fully = new HashSet<String>();
        titlesById.forEach((id, titles) -> {
            if (heldOut.containsAll(titles)) {
                fully.add(id);
            }
        });
        return new Split(cases, heldOut, fully, idsByTitle, kept);
    }

    static boolean onOff(String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("on or off, was " + value);
        };
    }

    public static void main(String[] args) {
        long seed = DEFAULT_SEED;
        double fraction = 0.2;
        boolean misses = false;
        Path writeTsv = null;
        String rankerKind = "trained";
        boolean recallOnly = false;
        boolean wordPrior = false;
        boolean meaning = false;
        Path dump = null;
        int members = TitleRankerTraining.MEMBERS;
        for (String a : args) {
            if (a.startsWith("--seed=")) {
                seed = Long.parseLong(a.substring("--seed=".length()));
            } else if (a.startsWith("--fraction=")) {
                fraction = Double.parseDouble(a.substring("--fraction=".length()));
            } else if (a.equals("--recall-only")) {
                recallOnly = true;
            } else if (a.startsWith("--word-prior=")) {
                wordPrior = onOff(a.substring("--word-prior=".length()));
            } else if (a.startsWith("--meaning=")) {
                meaning = onOff(a.substring("--meaning=".length()));
            } else if (a.equals("--misses")) {
                misses = true;
            } else if (a.startsWith("--ranker=")) {
                rankerKind = a.substring("--ranker=".length());
            } else if (a.startsWith("--members=")) {
                members = Integer.parseInt(a.substring("--members=".length()));
            } else if (a.startsWith("--dump=")) {
                dump = Path.of(a.substring("--dump=".length()));
            } else if (a.startsWith("--write-tsv=")) {
                writeTsv = Path.of(a.substring("--write-tsv=".length()));
            }
        }
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        Split split = split(taxonomy, seed, fraction);
        if (writeTsv != null) {
            write(split.cases(), writeTsv);
        }
        long t0 = System.nanoTime();
        JobTitleMatcher matcher = JobTitleMatcher.build(taxonomy, new TitleIndexOptions(Map.of(), split.heldOutTitles()),
                TitleRanker.HAND);
        matcher = matcher.withWordPrior(wordPrior).withMeaning(meaning);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "seed %d: %d of %d distinct Dutch NOC titles held out; matcher built in %d ms"
                        + " (%d head nouns learned)%n", seed, split.cases().size(), split.idsByTitle().size(),
                buildMillis, matcher.headNounCount());
        System.out.println("candidate recall (a gold among the ranker's candidates): " + candidateRecall(matcher, split.cases()));
        if (recallOnly) {
            return;
        }
        matcher = switch (rankerKind) {
            case "hand" -> matcher;
            case "shipped" -> matcher.withRanker(TitleRanker.shipped());
            case "trained" -> {
                long t2 = System.nanoTime();
                var groups = TitleRankerTraining.collect(matcher, split.kept());
                if (dump != null) {
                    dump(matcher, groups, split.cases(), dump);
                }
                TitleRanker ranker = TitleRankerTraining.fitAveraged(groups, members);
                System.out.println("ranker trained on the kept titles only: " + TitleRankerTraining.report(
                        split.kept().size(), groups, ranker, (System.nanoTime() - t2) / 1_000_000_000));
                yield matcher.withRanker(ranker);
            }
            default -> throw new IllegalArgumentException("--ranker=trained|shipped|hand, was " + rankerKind);
        };

        long t1 = System.nanoTime();
        TitleEvaluation.Figures all = TitleEvaluation.evaluate(matcher, split.cases());
        long perTitle = (System.nanoTime() - t1) / 1_000 / Math.max(1, split.cases().size());
        System.out.println("all held-out titles:          " + all + String.format(Locale.ROOT, "  (%d µs per title)", perTitle));

        System.out.println("latency of one title match, one thread, second pass over the held-out titles: "
                + latency(matcher, split.cases()));

        Set<String> escoDutch = escoDutchLabels(taxonomy);
        var fullyOut = new ArrayList<TitleEvaluation.Case>();
        var idKept = new ArrayList<TitleEvaluation.Case>();
        var literal = new ArrayList<TitleEvaluation.Case>();
        var notLiteral = new ArrayList<TitleEvaluation.Case>();
        for (TitleEvaluation.Case c : split.cases()) {
            String key = TextFolding.foldWords(c.title());
            boolean fully = split.idsByTitle().get(key).stream().allMatch(split.idsFullyHeldOut()::contains);
            (fully ? fullyOut : idKept).add(c);
            (escoDutch.contains(key) ? literal : notLiteral).add(c);
        }
        print("NOC id entirely held out:     ", matcher, fullyOut);
        print("NOC id has another title kept:", matcher, idKept);
        print("title is an ESCO Dutch label: ", matcher, literal);
        print("title is no ESCO Dutch label: ", matcher, notLiteral);
        if (misses) {
            for (TitleEvaluation.Outcome o : all.outcomes()) {
                if (o.rank() != 1) {
                    List<String> gold = o.testCase().expected().stream()
                            .map(u -> taxonomy.occupation(u).map(x -> x.label(ConceptLabels.DUTCH).text()).orElse(u.value()))
                            .toList();
                    System.out.printf(Locale.ROOT, "%-3s %-14s %-50s %s gold %s%n", o.rank() == 0 ? "-" : String.valueOf(o.rank()),
                            o.how(), o.testCase().title(), o.top3(), gold);
                }
            }
        }
    }

    /**
     * Share of titles with a gold occupation among the candidates the ranker orders, and among the first 10 of them in
     * first-stage order: what no re-ranking can exceed.
     */
    static String candidateRecall(JobTitleMatcher matcher, List<TitleEvaluation.Case> cases) {
        int any = 0;
        int first10 = 0;
        for (TitleEvaluation.Case c : cases) {
            List<JobTitleMatcher.Candidate> candidates = matcher.candidates(c.title(), null);
            for (int i = 0; i < candidates.size(); i++) {
                if (c.expected().contains(candidates.get(i).uri(matcher.taxonomy()))) {
                    any++;
                    first10 += i < 10 ? 1 : 0;
                    break;
                }
            }
        }
        int n = Math.max(1, cases.size());
        return String.format(Locale.ROOT, "%.3f (first-stage top 10: %.3f)", (double) any / n, (double) first10 / n);
    }

    /** p50 / p99 / max of {@code match(title, nl, 10)} over the cases (warm: every occupation was seen before). */
    static String latency(JobTitleMatcher matcher, List<TitleEvaluation.Case> cases) {
        long[] micros = new long[cases.size()];
        for (int i = 0; i < micros.length; i++) {
            long t = System.nanoTime();
            matcher.match(cases.get(i).title(), Locale.of("nl"), TitleEvaluation.DEPTH);
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        java.util.Arrays.sort(micros);
        if (micros.length == 0) {
            return "no titles";
        }
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", micros[micros.length / 2] / 1000.0,
                micros[Math.min(micros.length - 1, (int) Math.ceil(micros.length * 0.99) - 1)] / 1000.0,
                micros[micros.length - 1] / 1000.0);
    }

    /**
     * The ranker's training groups and the held-out titles' candidates as text (one line per candidate: group number,
     * gold, literal reading, features), so ranker variants can be compared without matching every title again.
     */
    private static void dump(JobTitleMatcher matcher, List<TitleRankerTraining.Group> groups,
                             List<TitleEvaluation.Case> heldOut, Path dir) {
        var train = new ArrayList<String>();
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).features().length; i++) {
                train.add(g + " " + (groups.get(g).gold()[i] ? 1 : 0) + " 0 " + join(groups.get(g).features()[i]));
            }
        }
        var test = new ArrayList<String>();
        for (int g = 0; g < heldOut.size(); g++) {
            TitleEvaluation.Case c = heldOut.get(g);
            test.add("# " + g + " " + c.title());
            for (JobTitleMatcher.Candidate x : matcher.candidates(c.title(), null)) {
                test.add(g + " " + (c.expected().contains(x.uri(matcher.taxonomy())) ? 1 : 0) + " "
                        + (x.literalReading() ? 1 : 0) + " " + join(x.features()));
            }
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("train.txt"), train, StandardCharsets.UTF_8);
            Files.write(dir.resolve("heldout.txt"), test, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(double[] xs) {
        var sb = new StringBuilder();
        for (double x : xs) {
            sb.append(sb.isEmpty() ? "" : " ").append(Double.toString(x));
        }
        return sb.toString();
    }

    /** The held-out cases in {@link TitleEvaluation}'s TSV format, e.g. to score another matcher on them. */
    private static void write(List<TitleEvaluation.Case> cases, Path tsv) {
        var lines = new ArrayList<String>();
        lines.add("# Dutch NOC titles held out by HeldOutTitleEvaluation; gold = the crosswalk's ESCO occupations (any counts)");
        for (TitleEvaluation.Case c : cases) {
            lines.add(c.title() + "\t" + String.join(" ", c.expected().stream().map(OccupationUri::value).toList()));
        }
        try {
            Files.write(tsv, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(String name, JobTitleMatcher matcher, List<TitleEvaluation.Case> cases) {
        System.out.println(name + " " + (cases.isEmpty() ? "cases 0" : TitleEvaluation.evaluate(matcher, cases)));
    }

    private static Set<String> escoDutchLabels(Taxonomy taxonomy) {
        var out = new HashSet<String>();
        for (Occupation o : taxonomy.occupations()) {
            LanguageLabels l = o.labels().in(ConceptLabels.DUTCH).orElse(null);
            if (l != null) {
                l.visibleLabels().forEach(x -> out.add(TextFolding.foldWords(x)));
                l.hidden().forEach(x -> out.add(TextFolding.foldWords(x)));
            }
        }
        return out;
    }
}
