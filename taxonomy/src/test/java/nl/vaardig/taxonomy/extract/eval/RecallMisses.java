package nl.vaardig.taxonomy.extract.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vaardig.taxonomy.extract.retrieval.QueryText;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Error analysis of candidate recall on a sentence annotation file: for each gold skill, its rank in the platform's
 * retrieval when the first stage is cut at 1,000 instead of {@link SkillRetrieval#CANDIDATES}; for each gold skill
 * that is not among the 25 candidates, whether the skill has a Dutch form at all (official or crosswalk, generated
 * only, none) and what the sentence shares with its labels (a Dutch label term, an English label term through a
 * word translation, only part of a word — a compound or inflection the analysis splits otherwise — or nothing:
 * other words, a broader or narrower term, or implied). Measurement only: it reads the set, it changes nothing.
 * Run with {@code -Dexec.args="FILE.csv [--dutch|--english] [--list OUT.tsv]"}; the list has one line per missed
 * gold skill for reading by hand.
 */
public final class RecallMisses {

    enum DutchForm { OFFICIAL, GENERATED_ONLY, NONE }

    enum Overlap { DUTCH_LABEL_TERM, ENGLISH_LABEL_TERM, PART_OF_WORD, NOTHING }

    private static final int DEEP = 1000;
    private static final int[] BUCKETS = {5, 10, 25, 50, 100, 250, DEEP};

    private RecallMisses() {
    }

    public static void main(String[] args) {
        EvalFixtures fixtures = EvalFixtures.load();
        Path file = Path.of(args[0]);
        boolean dutch = args.length > 1 ? !"--english".equals(args[1]) : true;
        Path listFile = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--list".equals(args[i])) {
                listFile = Path.of(args[i + 1]);
            }
        }
        List<AnnotatedText> texts = fixtures.annotations(file);
        Taxonomy taxonomy = fixtures.taxonomy();
        SkillRetrieval deep = fixtures.retrieval().withCandidateCount(DEEP);
        int[] rankCounts = new int[BUCKETS.length + 1];
        Map<DutchForm, Map<Overlap, Integer>> misses = new EnumMap<>(DutchForm.class);
        Map<String, Integer> missByBucket = new TreeMap<>();
        int golds = 0;
        StringBuilder list = new StringBuilder("rank\tdutch form\toverlap\tgold\tdutch preferred\tsentence\n");
        for (AnnotatedText t : texts) {
            List<String> ranked = deep.score(t.text(), dutch, DEEP).stream()
                    .map(s -> taxonomy.skillAt(s.ordinal()).uri().value()).toList();
            QueryText query = deep.analyse(t.text(), dutch);
            for (String gold : t.goldSkillUris()) {
                golds++;
                int rank = ranked.indexOf(gold);
                int bucket = bucket(rank);
                rankCounts[bucket]++;
                if (rank >= 0 && rank < SkillRetrieval.CANDIDATES) {
                    continue;
                }
                List<SourcedLabel> labels = taxonomy.vocabulary(new SkillUri(gold));
                DutchForm form = dutchForm(labels);
                Overlap overlap = overlap(deep, query, labels);
                misses.computeIfAbsent(form, k -> new EnumMap<>(Overlap.class)).merge(overlap, 1, Integer::sum);
                missByBucket.merge(bucketName(bucket), 1, Integer::sum);
                String preferredNl = labels.stream().filter(l -> isDutch(l) && l.source() != LabelSource.GENERATED)
                        .map(SourcedLabel::text).findFirst().orElse("");
                list.append(rank < 0 ? "-" : String.valueOf(rank + 1)).append('\t').append(form).append('\t')
                        .append(overlap).append('\t').append(fixtures.labelByUri().get(gold)).append('\t')
                        .append(preferredNl).append('\t').append(t.text().replace('\t', ' ')).append('\n');
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d texts, %d gold skills%n", file.getFileName(), texts.size(), golds);
        System.out.println("  rank of the gold skill in the platform's retrieval cut at " + DEEP + " (cumulative recall):");
        int cumulative = 0;
        for (int b = 0; b <= BUCKETS.length; b++) {
            cumulative += b < BUCKETS.length ? rankCounts[b] : 0;
            System.out.printf(Locale.ROOT, "    %-12s %4d  %5.1f %%%s%n", bucketName(b), rankCounts[b],
                    100.0 * rankCounts[b] / golds, b < BUCKETS.length
                            ? String.format(Locale.ROOT, "   recall@%d %5.1f %%", BUCKETS[b], 100.0 * cumulative / golds) : "");
        }
        int missed = misses.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "  not among the %d candidates: %d; by Dutch form × what the sentence shares with its labels:%n",
                SkillRetrieval.CANDIDATES, missed);
        for (DutchForm form : DutchForm.values()) {
            Map<Overlap, Integer> row = misses.getOrDefault(form, Map.of());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-15s", form));
            for (Overlap o : Overlap.values()) {
                line.append(String.format(Locale.ROOT, " %s=%d", o, row.getOrDefault(o, 0)));
            }
            System.out.println(line);
        }
        System.out.println("  missed gold by rank with the deeper cut: " + missByBucket);
        if (listFile != null) {
            try {
                Files.writeString(listFile, list, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static int bucket(int rank) {
        if (rank < 0) {
            return BUCKETS.length;
        }
        for (int b = 0; b < BUCKETS.length; b++) {
            if (rank < BUCKETS[b]) {
                return b;
            }
        }
        return BUCKETS.length;
    }

    static String bucketName(int b) {
        if (b == BUCKETS.length) {
            return "not reached";
        }
        return (b == 0 ? 1 : BUCKETS[b - 1] + 1) + "-" + BUCKETS[b];
    }

    private static boolean isDutch(SourcedLabel label) {
        return "nl".equals(label.language().getLanguage());
    }

    static DutchForm dutchForm(List<SourcedLabel> labels) {
        boolean official = labels.stream().anyMatch(l -> isDutch(l) && l.source() != LabelSource.GENERATED);
        boolean generated = labels.stream().anyMatch(l -> isDutch(l) && l.source() == LabelSource.GENERATED);
        return official ? DutchForm.OFFICIAL : generated ? DutchForm.GENERATED_ONLY : DutchForm.NONE;
    }

    static Overlap overlap(SkillRetrieval retrieval, QueryText query, List<SourcedLabel> labels) {
        Set<String> dutchTerms = new HashSet<>();
        Set<String> englishTerms = new HashSet<>();
        for (SourcedLabel l : labels) {
            if (isDutch(l)) {
                dutchTerms.addAll(retrieval.analyse(l.text(), true).nl().keySet());
            } else {
                englishTerms.addAll(retrieval.analyse(l.text(), false).en().keySet());
            }
        }
        if (query.nl().keySet().stream().anyMatch(dutchTerms::contains)) {
            return Overlap.DUTCH_LABEL_TERM;
        }
        if (query.en().keySet().stream().anyMatch(englishTerms::contains)) {
            return Overlap.ENGLISH_LABEL_TERM;
        }
        for (String q : query.nl().keySet()) {
            for (String d : dutchTerms) {
                if (q.length() >= 4 && d.length() >= 4 && (q.contains(d) || d.contains(q))) {
                    return Overlap.PART_OF_WORD;
                }
            }
        }
        return Overlap.NOTHING;
    }
}
