package nl.vaardig.taxonomy.extract.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;

/**
 * Retrieval alone on sentence annotations: share of gold skills in the top 5 and top 25 per sentence, in retrieval
 * order and re-ranked. Shows whether a miss is retrieval's (gold never a candidate) or ranking's. Run with
 * {@code -Dexec.args="FILE.csv [--verbose]"} like {@link ExtractionEvaluation}.
 */
public final class RetrievalRecall {

    private RetrievalRecall() {
    }

    public static void main(String[] args) {
        EvalFixtures fixtures = EvalFixtures.load();
        List<AnnotatedText> texts = fixtures.annotations(Path.of(args[0]));
        boolean verbose = args.length > 1 && "--verbose".equals(args[1]);
        boolean dutch = args[0].contains("nl");
        for (SkillRetrieval retrieval : List.of(fixtures.retrieval(),
                fixtures.retrieval().withReranker(nl.vaardig.taxonomy.extract.retrieval.Reranker.shipped().orElseThrow()))) {
            double r5 = 0;
            double r25 = 0;
            for (AnnotatedText t : texts) {
                List<String> ranked = retrieval.score(t.text(), dutch, SkillRetrieval.CANDIDATES).stream()
                        .map(s -> fixtures.taxonomy().skillAt(s.ordinal()).uri().value()).toList();
                r5 += RankingMetrics.rPrecisionAt(5, ranked, t.goldSkillUris());
                double all = ranked.stream().filter(t.goldSkillUris()::contains).count() / (double) t.goldSkillUris().size();
                r25 += all;
                if (verbose && retrieval.reranker().isPresent()) {
                    System.out.printf(Locale.ROOT, "%s%n  gold %s%n  top  %s%n", t.text(),
                            t.goldSkillUris().stream().map(fixtures.labelByUri()::get).toList(),
                            ranked.stream().limit(5).map(fixtures.labelByUri()::get).toList());
                }
            }
            System.out.printf(Locale.ROOT, "%s: texts=%d  RP@5=%.1f  recall@%d=%.1f%n",
                    retrieval.reranker().isPresent() ? "re-ranked" : "retrieval order", texts.size(),
                    100 * r5 / texts.size(), SkillRetrieval.CANDIDATES, 100 * r25 / texts.size());
        }
    }
}
