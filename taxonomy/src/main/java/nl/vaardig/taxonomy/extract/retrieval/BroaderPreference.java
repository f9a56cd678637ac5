package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Per sentence, the general skill before the narrower ones that share its word (issue 13, round 15). A sentence that
 * says only "cloud" or "programmeren" reaches many narrower skills whose labels hold that word (cloud security and
 * compliance, Java (computer programming)) and ranks them above the general skill (cloud technologies, computer
 * programming). ESCO's skill-to-skill hierarchy names both sides: when every word by which the sentence reaches a
 * candidate's labels is also a word of the labels of the candidate's ESCO broader skill — the sentence holds none of
 * the words that set the narrower skill apart — the broader skill gains {@code weight} × that candidate's score. A
 * sentence that does name a distinguishing word ("cloud security") lifts nothing — a broader skill gains nothing when
 * any of its narrower candidates is reached by such a word — so unlike a global usage prior the decision is per
 * sentence. Each broader skill gains once, from its best-scoring such narrower candidate (several
 * narrower skills sharing the word do not pile up); one the sentence's words did not reach enters with the gain alone.
 */
public final class BroaderPreference {

    /** Per skill ordinal the ordinals of its ESCO broader skills (skill-to-skill only; groups are no candidates). */
    private final int[][] broader;
    /** Per skill ordinal every term of every label, both languages ({@link SkillTerms#labelTerms}). */
    private final Set<String>[] labelTerms;
    private final float weight;

    BroaderPreference(int[][] broader, Set<String>[] labelTerms, float weight) {
        if (!(weight > 0f) || Float.isInfinite(weight)) {
            throw new IllegalArgumentException("broader preference weight must be finite and positive, was " + weight);
        }
        this.broader = broader;
        this.labelTerms = labelTerms;
        this.weight = weight;
    }

    /** The preference over {@code terms}' skills with ESCO's broader skills of the taxonomy; null for weight 0 (none). */
    static BroaderPreference of(Taxonomy taxonomy, SkillTerms terms, float weight) {
        if (weight == 0f) {
            return null;
        }
        int[][] broader = new int[terms.labelTerms.length][];
        for (int i = 0; i < broader.length; i++) {
            broader[i] = i < taxonomy.skillCount()
                    ? taxonomy.broaderSkills(taxonomy.skillAt(i).uri()).stream()
                            .mapToInt(uri -> taxonomy.skillOrdinal(uri).orElse(-1))
                            .filter(b -> b >= 0 && b < broader.length).toArray()
                    : new int[0];
        }
        return new BroaderPreference(broader, terms.labelTerms, weight);
    }

    float weight() {
        return weight;
    }

    /**
     * The hits with the broader skills' gains added, best first, at most {@code limit}.
     *
     * @param ownScore a skill ordinal's retrieval score in this sentence (0 when its words did not reach it; NaN when
     *                 the skill is not in the index)
     */
    List<SkillRetriever.Hit> apply(QueryText query, List<SkillRetriever.Hit> hits, IntToDoubleFunction ownScore,
                                   int limit) {
        Map<Integer, Float> gains = null;
        Set<Integer> setApart = null;
        for (SkillRetriever.Hit hit : hits) {
            int n = hit.ordinal();
            if (n >= broader.length || broader[n].length == 0 || labelTerms[n] == null) {
                continue;
            }
            for (int b : broader[n]) {
                Reach reach = labelTerms[b] == null ? Reach.NONE : reach(query, labelTerms[n], labelTerms[b]);
                if (reach == Reach.SHARED_ONLY) {
                    if (gains == null) {
                        gains = new LinkedHashMap<>();
                    }
                    gains.merge(b, weight * hit.score(), Math::max);
                } else if (reach == Reach.SETS_APART) {
                    if (setApart == null) {
                        setApart = new java.util.HashSet<>();
                    }
                    setApart.add(b);
                }
            }
        }
        if (gains != null && setApart != null) {
            gains.keySet().removeAll(setApart);
        }
        if (gains == null || gains.isEmpty()) {
            return hits;
        }
        List<SkillRetriever.Hit> scored = new ArrayList<>(hits.size() + gains.size());
        for (SkillRetriever.Hit hit : hits) {
            Float gain = gains.remove(hit.ordinal());
            scored.add(gain == null ? hit : new SkillRetriever.Hit(hit.ordinal(), hit.score() + gain, hit.rank()));
        }
        // broader skills outside the hits: their own score (below the last hit's, or 0) plus the gain
        for (Map.Entry<Integer, Float> e : gains.entrySet()) {
            double own = ownScore.applyAsDouble(e.getKey());
            if (!Double.isNaN(own)) {
                scored.add(new SkillRetriever.Hit(e.getKey(), (float) own + e.getValue(), Integer.MAX_VALUE));
            }
        }
        // score descending; on ties the retrieval order (a new skill after the hits)
        scored.sort(Comparator.comparingDouble((SkillRetriever.Hit h) -> -h.score())
                .thenComparingInt(SkillRetriever.Hit::rank));
        List<SkillRetriever.Hit> out = new ArrayList<>(Math.min(limit, scored.size()));
        for (SkillRetriever.Hit h : scored) {
            if (out.size() == limit) {
                break;
            }
            out.add(new SkillRetriever.Hit(h.ordinal(), h.score(), out.size()));
        }
        return out;
    }

    /** How a sentence reaches a narrower skill's labels, seen from one of its broader skills. */
    enum Reach {
        /** By no word of its labels (only its description or context, or the occupations). */
        NONE,
        /** Only by words the broader skill's labels have too. */
        SHARED_ONLY,
        /** By a word of its labels the broader skill's labels lack: the sentence means the narrower skill. */
        SETS_APART
    }

    static Reach reach(QueryText query, Set<String> narrower, Set<String> broaderTerms) {
        Reach reach = Reach.NONE;
        for (Map<String, ?> side : List.of(query.nl(), query.en())) {
            for (String term : side.keySet()) {
                if (narrower.contains(term)) {
                    if (!broaderTerms.contains(term)) {
                        return Reach.SETS_APART;
                    }
                    reach = Reach.SHARED_ONLY;
                }
            }
        }
        return reach;
    }
}
