package nl.vaardig.taxonomy.extract.eval;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.extract.ExtractedSkill;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.ExtractionResult;
import nl.vaardig.taxonomy.extract.MatchKind;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;

/**
 * Error analysis of sentence annotations: each gold skill the extractor leaves out of its top 5 is counted as never
 * retrieved (not in the sentence's 25 retrieval candidates), retrieved but out-ranked (and by what kind of
 * evidence: label hits or other retrieved skills), or a sentence that yields nothing at all (skipped as
 * boilerplate or no content words). Also the share of top-5 places taken by one-word label hits. Run with
 * {@code -Dexec.args="FILE.csv [--dutch|--english]"}.
 */
public final class MissKinds {

    enum Kind { FOUND, NOTHING_EXTRACTED, NOT_RETRIEVED, OUTRANKED_BY_LABELS, OUTRANKED_BY_RETRIEVAL, OUTRANKED_MIXED }

    private MissKinds() {
    }

    public static void main(String[] args) {
        EvalFixtures fixtures = EvalFixtures.load();
        List<AnnotatedText> texts = fixtures.annotations(Path.of(args[0]));
        boolean dutch = args.length > 1 ? "--dutch".equals(args[1]) : args[0].contains("nl");
        SkillRetrieval retrieval = fixtures.retrieval();
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        int golds = 0;
        int slots = 0;
        int labelSlots = 0;
        int oneWordSlots = 0;
        int[] rankHistogram = new int[5];
        for (AnnotatedText t : texts) {
            ExtractionResult result = fixtures.extractor().extract(t.text(), ExtractionOptions.ranking());
            List<ExtractedSkill> top = result.skills().stream().limit(5).toList();
            for (ExtractedSkill s : top) {
                slots++;
                if (!s.kinds().contains(MatchKind.SKILL_DOCUMENT)) {
                    labelSlots++;
                    if (s.evidence().stream().allMatch(e -> e.text().trim().indexOf(' ') < 0)) {
                        oneWordSlots++;
                    }
                }
            }
            List<String> candidates = retrieval.score(t.text(), dutch, SkillRetrieval.CANDIDATES).stream()
                    .map(s -> fixtures.taxonomy().skillAt(s.ordinal()).uri().value()).toList();
            for (String gold : t.goldSkillUris()) {
                golds++;
                Kind kind;
                if (top.stream().anyMatch(s -> s.skillUri().value().equals(gold))) {
                    kind = Kind.FOUND;
                } else if (result.skills().isEmpty()) {
                    kind = Kind.NOTHING_EXTRACTED;
                } else if (!candidates.contains(gold)) {
                    kind = Kind.NOT_RETRIEVED;
                } else {
                    rankHistogram[Math.min(4, candidates.indexOf(gold) / 5)]++;
                    long labelsAbove = top.stream().filter(s -> !s.kinds().contains(MatchKind.SKILL_DOCUMENT)).count();
                    kind = labelsAbove == top.size() ? Kind.OUTRANKED_BY_LABELS
                            : labelsAbove == 0 ? Kind.OUTRANKED_BY_RETRIEVAL : Kind.OUTRANKED_MIXED;
                }
                counts.merge(kind, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d texts, %d gold skills%n", args[0], texts.size(), golds);
        for (Kind k : Kind.values()) {
            int n = counts.getOrDefault(k, 0);
            System.out.printf(Locale.ROOT, "  %-24s %4d  %5.1f %%%n", k, n, 100.0 * n / Math.max(1, golds));
        }
        System.out.printf(Locale.ROOT, "  out-ranked gold by retrieval rank 1-5 / 6-10 / 11-15 / 16-20 / 21-25: %s%n",
                java.util.Arrays.toString(rankHistogram));
        System.out.printf(Locale.ROOT, "  top-5 places: %d, label evidence only %d (%.1f %%), one word only %d (%.1f %%)%n",
                slots, labelSlots, 100.0 * labelSlots / Math.max(1, slots), oneWordSlots, 100.0 * oneWordSlots / Math.max(1, slots));
    }
}
