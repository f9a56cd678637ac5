package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every skill's labels, descriptions and context pre-analysed into terms, with term rarity over all skill labels:
 * what the re-ranker's overlap features are computed from. Built once with the retriever.
 */
public final class SkillTerms {

    /**
     * One analysed label: its distinct terms, their rarity over all skill labels of the label's language (filled in
     * once all labels are counted, so re-ranking never looks a rarity up) and the label's source weight.
     */
    record LabelTerms(String[] terms, double[] idf, double weight) {
    }

    final LabelTerms[][] nl;
    final LabelTerms[][] en;
    final Set<String>[] descriptionNl;
    final Set<String>[] descriptionEn;
    final Set<String>[] context;
    /** Every term of every label of the skill, both languages. */
    final Set<String>[] labelTerms;
    final double[] specificity;
    private final Map<String, Integer> dfNl;
    private final Map<String, Integer> dfEn;
    private final double skills;

    @SuppressWarnings("unchecked")
    private SkillTerms(int n) {
        nl = new LabelTerms[n][];
        en = new LabelTerms[n][];
        descriptionNl = new Set[n];
        descriptionEn = new Set[n];
        context = new Set[n];
        labelTerms = new Set[n];
        specificity = new double[n];
        dfNl = new HashMap<>();
        dfEn = new HashMap<>();
        skills = n;
    }

    static SkillTerms of(List<SkillDocument> documents, boolean descriptions) {
        int n = documents.stream().mapToInt(SkillDocument::ordinal).max().orElse(-1) + 1;
        SkillTerms t = new SkillTerms(n);
        Map<String, String> interned = new HashMap<>();
        for (SkillDocument d : documents) {
            int i = d.ordinal();
            t.nl[i] = labels(d.labelsNl(), VaardigAnalyzers.dutchSentences(), interned);
            t.en[i] = labels(d.labelsEn(), VaardigAnalyzers.english(), interned);
            t.descriptionNl[i] = descriptions ? Set.copyOf(VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), d.descriptionNl())) : Set.of();
            t.descriptionEn[i] = descriptions ? Set.copyOf(VaardigAnalyzers.terms(VaardigAnalyzers.english(), d.descriptionEn())) : Set.of();
            Set<String> ctx = new LinkedHashSet<>();
            d.contextNl().forEach(c -> ctx.addAll(VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), c)));
            d.contextEn().forEach(c -> ctx.addAll(VaardigAnalyzers.terms(VaardigAnalyzers.english(), c)));
            t.context[i] = Set.copyOf(ctx);
            Set<String> all = new java.util.HashSet<>();
            for (LabelTerms l : t.nl[i]) {
                all.addAll(List.of(l.terms()));
            }
            for (LabelTerms l : t.en[i]) {
                all.addAll(List.of(l.terms()));
            }
            t.labelTerms[i] = Set.copyOf(all);
            t.specificity[i] = d.specificity();
            countDocumentFrequency(t.nl[i], t.dfNl);
            countDocumentFrequency(t.en[i], t.dfEn);
        }
        for (int i = 0; i < n; i++) {
            fillIdf(t.nl[i], t::idfNl);
            fillIdf(t.en[i], t::idfEn);
        }
        return t;
    }

    /** ln(1 + N/df) over skill labels; a word no label has counts as rarest. */
    double idfNl(String term) {
        return Math.log1p(skills / dfNl.getOrDefault(term, 1));
    }

    double idfEn(String term) {
        return Math.log1p(skills / dfEn.getOrDefault(term, 1));
    }

    private static LabelTerms[] labels(List<SkillDocument.WeightedLabel> labels, Analyzer analyzer, Map<String, String> interned) {
        List<LabelTerms> out = new ArrayList<>(labels.size());
        for (SkillDocument.WeightedLabel l : labels) {
            String[] terms = new LinkedHashSet<>(VaardigAnalyzers.terms(analyzer, l.text())).stream()
                    .map(s -> interned.computeIfAbsent(s, k -> k)).toArray(String[]::new);
            if (terms.length > 0) {
                out.add(new LabelTerms(terms, new double[terms.length], l.weight()));
            }
        }
        return out.toArray(LabelTerms[]::new);
    }

    private static void fillIdf(LabelTerms[] labels, java.util.function.ToDoubleFunction<String> idf) {
        if (labels == null) {
            return;
        }
        for (LabelTerms l : labels) {
            for (int k = 0; k < l.terms().length; k++) {
                l.idf()[k] = idf.applyAsDouble(l.terms()[k]);
            }
        }
    }

    private static void countDocumentFrequency(LabelTerms[] labels, Map<String, Integer> df) {
        Set<String> seen = new java.util.HashSet<>();
        for (LabelTerms l : labels) {
            for (String term : l.terms()) {
                if (seen.add(term)) {
                    df.merge(term, 1, Integer::sum);
                }
            }
        }
    }
}
