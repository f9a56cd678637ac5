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
 * sentence. Only a narrower candidate ranked above its broader skill (or level with it) lifts it. Each broader skill
 * gains once, from its best-scoring such narrower candidate (several narrower skills sharing the word do not pile up);
 * one outside the cut enters with its own retrieval sum plus the gain. Measured and off in the platform
 * ({@link SkillRetrieval#PLATFORM_BROADER_PREFERENCE}; docs/benchmarks.md, issue 13, round 15).
 */
public final class BroaderPreference {

    /** Per skill ordinal the ordinals of its ESCO broader skills (skill-to-skill only; groups are no candidates). */
    private final int[][] broader;
    /** Per skill ordinal every term of every label, both languages ({@link SkillTerms#labelTerms}). */
    private final Set<String>[] labelTerms;
    /** Per skill ordinal the terms of its descriptions and context, read when {@link Rule#ALL} (else null). */
    private final List<Set<String>[]> otherTerms;
    /** Per language (Dutch, English) and skill ordinal its analysed labels, read when {@link Rule#COVER} (else null). */
    private final SkillTerms.LabelTerms[][][] labels;
    private final float weight;
    private final Rule rule;

    /** When a sentence reaching a narrower skill speaks for its broader skill instead. */
    public enum Rule {
        /** The words of its labels that the broader skill's labels lack. */
        LABELS,
        /**
         * Any word of its labels, descriptions or context that is in none of the broader skill's: a sentence that reaches
         * the narrower skill by anything of its own is about it, even when no label word says so.
         */
        ALL,
        /**
         * As {@link #LABELS}, and the sentence covers a label of the broader skill at least as well as any label of the
         * narrower one (share of the label's rarity-weighted words): the shared word is the broader skill's name more
         * than the narrower's, as "cloud" is of cloud technologies and not of cloud security and compliance.
         */
        COVER
    }

    BroaderPreference(int[][] broader, SkillTerms terms, float weight, Rule rule) {
        if (!(weight > 0f) || Float.isInfinite(weight)) {
            throw new IllegalArgumentException("broader preference weight must be finite and positive, was " + weight);
        }
        this.broader = broader;
        this.labelTerms = terms.labelTerms;
        this.otherTerms = rule == Rule.ALL ? List.of(terms.descriptionNl, terms.descriptionEn, terms.context) : null;
        this.labels = rule == Rule.COVER ? new SkillTerms.LabelTerms[][][] {terms.nl, terms.en} : null;
        this.weight = weight;
        this.rule = java.util.Objects.requireNonNull(rule, "rule");
    }

    /** The preference over {@code terms}' skills with ESCO's broader skills of the taxonomy; null for weight 0 (none). */
    static BroaderPreference of(Taxonomy taxonomy, SkillTerms terms, float weight, Rule rule) {
        return of(taxonomy, terms, weight, rule, false);
    }

    /**
     * As {@link #of(Taxonomy, SkillTerms, float, Rule)}; with {@code labelImplied} also the broader skills the labels
     * imply ({@link LabelBroader}).
     */
    static BroaderPreference of(Taxonomy taxonomy, SkillTerms terms, float weight, Rule rule, boolean labelImplied) {
        if (weight == 0f) {
            return null;
        }
        int[][] implied = labelImplied ? LabelBroader.of(terms) : null;
        int[][] broader = new int[terms.labelTerms.length][];
        for (int i = 0; i < broader.length; i++) {
            broader[i] = i < taxonomy.skillCount()
                    ? taxonomy.broaderSkills(taxonomy.skillAt(i).uri()).stream()
                            .mapToInt(uri -> taxonomy.skillOrdinal(uri).orElse(-1))
                            .filter(b -> b >= 0 && b < broader.length).toArray()
                    : new int[0];
            if (implied != null) {
                broader[i] = java.util.stream.IntStream.concat(java.util.Arrays.stream(broader[i]),
                        java.util.Arrays.stream(implied[i])).distinct().toArray();
            }
        }
        return new BroaderPreference(broader, terms, weight, rule);
    }

    float weight() {
        return weight;
    }

    Rule rule() {
        return rule;
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
        Map<Integer, Double> covers = labels == null ? null : new java.util.HashMap<>();
        Reached reached = new Reached();
        for (SkillRetriever.Hit hit : hits) {
            int n = hit.ordinal();
            if (n >= broader.length || broader[n].length == 0 || labelTerms[n] == null) {
                continue;
            }
            // the sentence's words that reach n, once per candidate; each broader skill then checks only these
            reached.of(query, n);
            if (reached.words.isEmpty()) {
                continue;
            }
            for (int b : broader[n]) {
                Reach reach = labelTerms[b] == null ? Reach.NONE : reach(reached, b);
                // only a narrower skill ranked above its broader one (or level with it) speaks for moving it up
                if (reach == Reach.SHARED_ONLY && ownScore.applyAsDouble(b) <= hit.score()
                        && (covers == null || covers.computeIfAbsent(b, k -> cover(query, k))
                        >= covers.computeIfAbsent(n, k -> cover(query, k)))) {
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

    /** The sentence's words that reach one narrower skill (its labels; with {@link Rule#ALL} its other fields too). */
    private final class Reached {
        private final List<String> words = new ArrayList<>();
        private final List<Boolean> inLabel = new ArrayList<>();

        void of(QueryText query, int narrower) {
            words.clear();
            inLabel.clear();
            for (Map<String, ?> side : List.of(query.nl(), query.en())) {
                for (String term : side.keySet()) {
                    boolean label = labelTerms[narrower].contains(term);
                    if (label || inOtherFields(narrower, term)) {
                        words.add(term);
                        inLabel.add(label);
                    }
                }
            }
        }
    }

    /** How the sentence reaches the narrower skill of {@code reached}, seen from {@code broaderSkill}. */
    private Reach reach(Reached reached, int broaderSkill) {
        Reach reach = Reach.NONE;
        for (int i = 0; i < reached.words.size(); i++) {
            String term = reached.words.get(i);
            if (!labelTerms[broaderSkill].contains(term) && !inOtherFields(broaderSkill, term)) {
                return Reach.SETS_APART;
            }
            if (reached.inLabel.get(i)) {
                reach = Reach.SHARED_ONLY;
            }
        }
        return reach;
    }

    /** The largest share of one label's rarity-weighted words the sentence holds, over the skill's labels. */
    private double cover(QueryText query, int skill) {
        double best = 0;
        for (int language = 0; language < 2; language++) {
            SkillTerms.LabelTerms[] of = labels[language][skill];
            Map<String, Integer> words = language == 0 ? query.nl() : query.en();
            for (int l = 0; of != null && l < of.length; l++) {
                double all = 0;
                double covered = 0;
                for (int k = 0; k < of[l].terms().length; k++) {
                    all += of[l].idf()[k];
                    covered += words.containsKey(of[l].terms()[k]) ? of[l].idf()[k] : 0;
                }
                best = all > 0 ? Math.max(best, covered / all) : best;
            }
        }
        return best;
    }

    /** With {@link Rule#ALL}: the term is a word of the skill's descriptions or context. */
    private boolean inOtherFields(int skill, String term) {
        if (otherTerms == null) {
            return false;
        }
        for (Set<String>[] field : otherTerms) {
            if (field[skill] != null && field[skill].contains(term)) {
                return true;
            }
        }
        return false;
    }
}
