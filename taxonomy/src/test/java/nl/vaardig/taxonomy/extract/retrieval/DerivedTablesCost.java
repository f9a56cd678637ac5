package nl.vaardig.taxonomy.extract.retrieval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Thread CPU of the tables the skill retrieval derives from ESCO before its index exists (issue 13, round 10): the
 * skill documents with and without occupation sentences, the aligned description sentences, and the word translations
 * from labels and from sentences. Run with
 * {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.retrieval.DerivedTablesCost -Dexec.args="[ROUNDS]"}.
 */
public final class DerivedTablesCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DerivedTablesCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        for (int round = 1; round <= rounds; round++) {
            List<SkillDocument> related = timed(round, "skill documents (broader/related context)", () ->
                    SkillDocuments.from(taxonomy, HeldOut.NOTHING, GeneratedDutchLabels.shipped(),
                            SkillDocuments.Context.RELATED));
            List<SkillDocument> wide = timed(round, "skill documents with occupation sentences", () ->
                    SkillDocuments.from(taxonomy));
            List<SkillDocument> occupations = timed(round, "occupation documents", () ->
                    OccupationContext.documents(taxonomy));
            List<SkillDocument> pairs = timed(round, "aligned description sentences", () ->
                    SkillRetrieval.sentencePairs(wide, occupations));
            SkillTerms wideTerms = timed(round, "skill terms (index side)", () -> SkillTerms.of(wide, true));
            WordTranslations labels = timed(round, "translations from labels", () -> WordTranslations.learn(
                    List.of(wideTerms, SkillTerms.of(occupations, false)), WordTranslations.ANY_LABEL));
            WordTranslations sentences = timed(round, "translations from sentence pairs", () ->
                    WordTranslations.learnFromSentences(SkillTerms.of(pairs, false)));
            timed(round, "merge", () -> labels.merged(sentences, WordTranslations.PLATFORM_MERGE));
            System.out.printf(Locale.ROOT, "round %d: %d related, %d sentence pairs%n", round, related.size(), pairs.size());
        }
    }

    private static <T> T timed(int round, String what, Supplier<T> step) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        T out = step.get();
        System.out.printf(Locale.ROOT, "round %d %-48s %8.0f ms thread CPU%n", round, what,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        return out;
    }
}
