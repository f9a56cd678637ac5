package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * The occupations a sentence sounds like, and the skills they list. A sentence's words often name the setting
 * ("bewoners", "patiënt", "leerlingen") rather than the skill; retrieved over ESCO's occupation labels and
 * descriptions, they point at the occupations that work there, and the skills those occupations list as essential
 * (or optional) are lifted among the sentence's retrieved skills. What "assist" means next to "residents" is then a
 * care skill, not one of assisting passengers or students. Learnt from ESCO's occupation–skill relations only.
 * Thread-safe once built.
 */
public final class OccupationContext {

    /** How many of the sentence's best occupations lend their skills, by default. */
    static final int OCCUPATIONS = 10;
    /**
     * Each query term reaches at most its this many best-scoring occupations: the occupation search then costs a
     * fraction of the skill search (a common word in ESCO's occupation descriptions has postings in most of them).
     */
    static final int POSTINGS_PER_TERM = 100;
    /**
     * The retrieval candidates the lift re-orders before the best 25 go on: the 25 themselves (a larger pool costs a
     * wider top-k per sentence; docs/benchmarks.md, issue 13, fifth round).
     */
    static final int POOL = 25;
    /** An optional skill of an occupation counts this much of an essential one. */
    private static final float OPTIONAL = 0.5f;

    private final SkillRetriever occupations;
    /** Per occupation ordinal: sorted essential and optional skill ordinals. */
    private final int[][] essential;
    private final int[][] optional;
    private final float weight;
    private final int count;
    private final int pool;
    private final Candidates candidates;
    private final int skills;

    /** Which skills the lift reaches. */
    public enum Candidates {
        /** Re-orders the sentence's retrieval candidates only (the fifth round). */
        RETRIEVED,
        /** Lifts every skill the sentence's words reach, before the candidates are cut. */
        REACHED,
        /** As REACHED, and the skills the sentence's occupations list are candidates even without a shared word. */
        LISTED
    }

    private OccupationContext(SkillRetriever occupations, int[][] essential, int[][] optional, float weight, int count,
                              int pool, Candidates candidates, int skills) {
        this.candidates = candidates;
        this.skills = skills;
        this.occupations = occupations;
        this.essential = essential;
        this.optional = optional;
        this.weight = weight;
        this.count = count;
        this.pool = pool;
    }

    /**
     * @param weight the lift of a skill that the sentence's best occupation lists as essential, as a share of the
     *               sentence's best retrieval score
     */
    public static OccupationContext build(Taxonomy taxonomy, float weight) {
        return build(taxonomy, weight, RetrievalSnapshots.none());
    }

    /** As {@link #build(Taxonomy, float)}, the occupation index read from {@code snapshots} when it holds this version. */
    public static OccupationContext build(Taxonomy taxonomy, float weight, RetrievalSnapshots snapshots) {
        int[][] essential = new int[taxonomy.occupationCount()][];
        int[][] optional = new int[taxonomy.occupationCount()][];
        for (int i = 0; i < taxonomy.occupationCount(); i++) {
            Occupation occupation = taxonomy.occupationAt(i);
            essential[i] = ordinals(taxonomy, taxonomy.essentialSkills(occupation.uri()));
            optional[i] = ordinals(taxonomy, taxonomy.optionalSkills(occupation.uri()));
        }
        return new OccupationContext(snapshots.retriever("occupations", documents(taxonomy), true, POSTINGS_PER_TERM),
                essential, optional, weight, OCCUPATIONS, POOL, Candidates.LISTED, taxonomy.skillCount());
    }

    /**
     * ESCO's occupations as documents (Dutch and English labels and descriptions), in occupation ordinal order: the
     * occupation index, and bilingual labels the skill index learns word translations from.
     */
    public static List<SkillDocument> documents(Taxonomy taxonomy) {
        List<SkillDocument> out = new ArrayList<>(taxonomy.occupationCount());
        for (int i = 0; i < taxonomy.occupationCount(); i++) {
            out.add(document(taxonomy, i, taxonomy.occupationAt(i)));
        }
        return out;
    }

    /** An occupation as a retrieval document: its Dutch and English labels and descriptions (no context field). */
    private static SkillDocument document(Taxonomy taxonomy, int ordinal, Occupation occupation) {
        Map<String, Double> nl = new LinkedHashMap<>();
        Map<String, Double> en = new LinkedHashMap<>();
        for (SourcedLabel label : taxonomy.vocabulary(occupation.uri())) {
            ("nl".equals(label.language().getLanguage()) ? nl : en).merge(label.text(), label.weight(), Math::max);
        }
        LanguageLabels english = occupation.labels().in(ConceptLabels.ENGLISH).orElseThrow();
        en.putIfAbsent(english.preferred(), 1.0);
        english.alternatives().forEach(a -> en.putIfAbsent(a, 1.0));
        occupation.labels().in(ConceptLabels.DUTCH).ifPresent(d -> {
            nl.putIfAbsent(d.preferred(), 1.0);
            d.alternatives().forEach(a -> nl.putIfAbsent(a, 1.0));
        });
        String descriptionNl = occupation.labels().in(ConceptLabels.DUTCH).map(LanguageLabels::description).orElse("");
        return new SkillDocument(ordinal, occupation.uri().value(), weighted(nl), weighted(en), descriptionNl,
                english.description(), List.of(), List.of(), 0);
    }

    private static List<SkillDocument.WeightedLabel> weighted(Map<String, Double> labels) {
        List<SkillDocument.WeightedLabel> out = new ArrayList<>(labels.size());
        labels.forEach((text, w) -> out.add(new SkillDocument.WeightedLabel(text, Math.clamp(w, 0.01, 1.0))));
        return out;
    }

    /** The same occupations with another lift. */
    public OccupationContext withWeight(float weight) {
        return new OccupationContext(occupations, essential, optional, weight, count, pool, candidates, skills);
    }

    /** The same occupations, re-ordering this many retrieval candidates per sentence. */
    public OccupationContext withPool(int candidatePool) {
        return new OccupationContext(occupations, essential, optional, weight, count, candidatePool, candidates, skills);
    }

    int pool() {
        return pool;
    }

    /** The same occupations, lifting these skills. */
    public OccupationContext withCandidates(Candidates which) {
        return new OccupationContext(occupations, essential, optional, weight, count, pool, which, skills);
    }

    public Candidates candidates() {
        return candidates;
    }

    /**
     * The sentence's best {@code limit} skills with the occupation lift added before they are cut ({@link
     * Candidates#REACHED} or {@link Candidates#LISTED}): weight × the sentence's best retrieval score × the share of the
     * sentence's best occupations that list the skill, as {@link #lift}.
     */
    List<SkillRetriever.Hit> search(SkillRetriever skillIndex, QueryText query, boolean dutchText, int limit,
                                    Tally tally) {
        return search(skillIndex, query, dutchText, limit, tally, null).hits();
    }

    /**
     * The candidates of {@link #search(SkillRetriever, QueryText, boolean, int, Tally)} with where each score came
     * from: the lift each received and the sentence's best retrieval score before the lift.
     *
     * @param hits        the candidates, best first
     * @param lift        per candidate, the share of the sentence's best occupations listing it (an optional skill
     *                    counting half), times the weight: its score gained {@code lift × bestRetrieval}
     * @param bestRetrieval the sentence's best retrieval score before the lift (0 when there was no lift)
     */
    record Sourced(List<SkillRetriever.Hit> hits, float[] lift, float bestRetrieval) {
    }

    Sourced searchSourced(SkillRetriever skillIndex, QueryText query, boolean dutchText, int limit, Tally tally) {
        return search(skillIndex, query, dutchText, limit, tally, new float[1]);
    }

    private Sourced search(SkillRetriever skillIndex, QueryText query, boolean dutchText, int limit, Tally tally,
                           float[] best) {
        List<SkillRetriever.Hit> found = query.isEmpty() ? List.of() : occupations.search(query, dutchText, count);
        if (found.isEmpty()) {
            List<SkillRetriever.Hit> hits = skillIndex.search(query, dutchText, limit);
            return new Sourced(hits, best == null ? null : new float[hits.size()], 0f);
        }
        float topOccupation = found.getFirst().score();
        float mass = relativeMass(found, tally);
        Listed listed = LISTED_SKILLS.get();
        if (listed.amounts.length != skills) {
            listed = new Listed(skills);
            LISTED_SKILLS.set(listed);
        }
        for (SkillRetriever.Hit o : found) {
            float share = o.score() / topOccupation / mass;
            listed.add(essential[o.ordinal()], weight * share);
            listed.add(optional[o.ordinal()], weight * OPTIONAL * share);
        }
        float[] amounts = new float[listed.count];
        for (int i = 0; i < listed.count; i++) {
            amounts[i] = listed.amounts[listed.touched[i]];
        }
        SkillRetriever.Lift lift = new SkillRetriever.Lift(listed.touched, amounts, listed.count,
                candidates == Candidates.REACHED, best);
        try {
            List<SkillRetriever.Hit> hits = skillIndex.search(query, dutchText, limit, lift);
            if (best == null) {
                return new Sourced(hits, null, 0f);
            }
            float[] lifted = new float[hits.size()];
            for (int i = 0; i < lifted.length; i++) {
                lifted[i] = listed.amounts[hits.get(i).ordinal()];
            }
            return new Sourced(hits, lifted, best[0]);
        } finally {
            listed.clear();
        }
    }

    /**
     * Adds the sentence's best occupations to {@code tally} as {@link #search(SkillRetriever, QueryText, boolean, int,
     * Tally)} does, without the skill search.
     */
    void hear(QueryText query, boolean dutchText, Tally tally) {
        List<SkillRetriever.Hit> found = query.isEmpty() ? List.of() : occupations.search(query, dutchText, count);
        if (!found.isEmpty()) {
            relativeMass(found, tally);
        }
    }

    /** Per-thread share sums over all skills, cleared after each sentence by the touched list. */
    private static final class Listed {
        final float[] amounts;
        final int[] touched;
        int count;

        Listed(int size) {
            amounts = new float[size];
            // one slot more: add writes a skill before it counts it
            touched = new int[size + 1];
        }

        /** As {@link SkillRetriever#accumulate}: without a branch on whether the skill is new. */
        void add(int[] ordinals, float amount) {
            if (amount <= 0f) {
                return;
            }
            for (int ordinal : ordinals) {
                float sum = amounts[ordinal];
                touched[count] = ordinal;
                count += sum == 0f ? 1 : 0;
                amounts[ordinal] = sum + amount;
            }
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                amounts[touched[i]] = 0f;
            }
            count = 0;
        }
    }

    private static final ThreadLocal<Listed> LISTED_SKILLS = ThreadLocal.withInitial(() -> new Listed(0));

    /** The same occupations, lending the skills of the sentence's best {@code count}. */
    public OccupationContext withOccupations(int count) {
        return new OccupationContext(occupations, essential, optional, weight, count, pool, candidates, skills);
    }

    public float weight() {
        return weight;
    }

    private static int[] ordinals(Taxonomy taxonomy, List<SkillUri> skills) {
        return skills.stream().map(taxonomy::skillOrdinal).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt)
                .sorted().distinct().toArray();
    }

    /** The sentence's occupations' scores relative to the best one, summed; each is added to {@code tally} (null: not kept). */
    private static float relativeMass(List<SkillRetriever.Hit> found, Tally tally) {
        float topOccupation = found.getFirst().score();
        float mass = 0;
        for (SkillRetriever.Hit o : found) {
            mass += o.score() / topOccupation;
            if (tally != null) {
                tally.add(o.ordinal(), o.score() / topOccupation);
            }
        }
        return mass;
    }

    /**
     * The retrieved skills with the occupation lift added, best first, at most {@code limit}: a skill's score plus
     * weight × the sentence's best score × the share of the sentence's best occupations that list it (each
     * occupation weighted by its score ÷ the best occupation score; an optional skill counts half). A skill that one
     * loosely matched occupation lists gains little; one that most occupations the sentence sounds like list gains
     * the full weight.
     */
    List<SkillRetriever.Hit> lift(QueryText query, boolean dutchText, List<SkillRetriever.Hit> hits, int limit,
                                  Tally tally) {
        if (hits.isEmpty()) {
            return hits;
        }
        List<SkillRetriever.Hit> found = occupations.search(query, dutchText, count);
        if (found.isEmpty()) {
            return hits.size() > limit ? hits.subList(0, limit) : hits;
        }
        float topOccupation = found.getFirst().score();
        float mass = relativeMass(found, tally);
        float scale = weight * hits.getFirst().score() / mass;
        // the candidates by ordinal, walked beside each occupation's sorted skill lists
        Integer[] byOrdinal = new Integer[hits.size()];
        for (int i = 0; i < byOrdinal.length; i++) {
            byOrdinal[i] = i;
        }
        Arrays.sort(byOrdinal, Comparator.comparingInt(i -> hits.get(i).ordinal()));
        float[] listed = new float[hits.size()];
        for (SkillRetriever.Hit o : found) {
            float share = o.score() / topOccupation;
            addListed(hits, byOrdinal, essential[o.ordinal()], share, listed);
            addListed(hits, byOrdinal, optional[o.ordinal()], OPTIONAL * share, listed);
        }
        List<SkillRetriever.Hit> lifted = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            SkillRetriever.Hit hit = hits.get(i);
            lifted.add(new SkillRetriever.Hit(hit.ordinal(), hit.score() + scale * listed[i], hit.rank()));
        }
        lifted.sort(Comparator.comparingDouble((SkillRetriever.Hit h) -> -h.score()).thenComparingInt(SkillRetriever.Hit::rank));
        List<SkillRetriever.Hit> out = new ArrayList<>(Math.min(limit, lifted.size()));
        for (SkillRetriever.Hit h : lifted) {
            if (out.size() == limit) {
                break;
            }
            out.add(new SkillRetriever.Hit(h.ordinal(), h.score(), out.size()));
        }
        return out;
    }

    /** Adds {@code amount} to every candidate in the sorted skill list (essential and optional lists are disjoint). */
    private static void addListed(List<SkillRetriever.Hit> hits, Integer[] byOrdinal, int[] skills, float amount,
                                  float[] listed) {
        int j = 0;
        for (Integer i : byOrdinal) {
            int ordinal = hits.get(i).ordinal();
            while (j < skills.length && skills[j] < ordinal) {
                j++;
            }
            if (j == skills.length) {
                return;
            }
            if (skills[j] == ordinal) {
                listed[i] += amount;
            }
        }
    }

    /** A fresh tally of the occupations a whole text's sentences sound like. */
    public Tally tally() {
        return new Tally();
    }

    /**
     * The occupations of a whole text: each sentence adds its best occupations' score shares. Confined to one
     * extraction's thread.
     */
    public final class Tally {

        /** Per occupation ordinal, the summed shares (allocated at the first sentence that sounds like any). */
        private float[] mass;
        private boolean[] heard;
        /** The occupations heard so far, in the order first heard. */
        private int[] heardOrder;
        private int heardCount;
        private int[] top;
        private float[] topMass;
        private float total;

        private Tally() {
        }

        private void add(int occupation, float share) {
            if (mass == null) {
                mass = new float[essential.length];
                heard = new boolean[essential.length];
                heardOrder = new int[essential.length];
            }
            if (!heard[occupation]) {
                heard[occupation] = true;
                heardOrder[heardCount++] = occupation;
                mass[occupation] = share;
            } else {
                mass[occupation] += share;
            }
            top = null;
        }

        /**
         * The share of the text's {@link #count} most heard occupations (weighted by how much the sentences sound like
         * each) that list the skill, an optional skill counting half: in [0, 1], 0 when no sentence sounded like any.
         */
        public double support(int skillOrdinal) {
            if (top == null) {
                settle();
            }
            if (total == 0) {
                return 0;
            }
            float listed = 0;
            for (int i = 0; i < top.length; i++) {
                if (Arrays.binarySearch(essential[top[i]], skillOrdinal) >= 0) {
                    listed += topMass[i];
                } else if (Arrays.binarySearch(optional[top[i]], skillOrdinal) >= 0) {
                    listed += OPTIONAL * topMass[i];
                }
            }
            return listed / total;
        }

        /** The {@link #count} most heard occupations: mass descending, ordinal ascending on ties. */
        private void settle() {
            total = 0;
            int n = Math.min(count, heardCount);
            top = new int[n];
            topMass = new float[n];
            if (n == 0) {
                return;
            }
            int[] order = Arrays.copyOf(heardOrder, heardCount);
            for (int i = 0; i < n; i++) {
                int best = i;
                for (int j = i + 1; j < order.length; j++) {
                    if (heavier(order[j], order[best])) {
                        best = j;
                    }
                }
                int t = order[i];
                order[i] = order[best];
                order[best] = t;
                top[i] = order[i];
                topMass[i] = mass[order[i]];
                total += topMass[i];
            }
        }

        private boolean heavier(int a, int b) {
            int byMass = Float.compare(mass[a], mass[b]);
            return byMass > 0 || (byMass == 0 && a < b);
        }
    }
}
