package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Sentence → skills the sentence may mean, by retrieval over skill documents and, when a model is given, the learnt
 * re-ranker. Without a model the retrieval order stands (scores scaled by the best hit).
 */
public final class SkillRetrieval {

    /** How many retrieved skills per sentence the re-ranker sees. */
    public static final int CANDIDATES = 25;

    /** The weight of a sentence's best skill in retrieval order; the re-ranker's relative scores use the same. */
    static final double TOP_WEIGHT = 0.6;

    private final SkillRetriever retriever;
    private final Reranker reranker;
    private final OccupationContext context;
    private final RerankedScore rerankedScore;
    /** How many retrieved skills per sentence go on ({@link #CANDIDATES} unless {@link #withCandidateCount} says). */
    private final int candidateCount;

    /** What a re-ranked candidate's score is. */
    public enum RerankedScore {
        /** The model's probability that the candidate is the skill meant (rounds 1–8). */
        PROBABILITY,
        /**
         * {@link #TOP_WEIGHT} × the probability ÷ the sentence's best probability: the re-ranker chooses the order and
         * the gaps, the scale stays that of retrieval order (round 9).
         */
        RELATIVE
    }

    public SkillRetrieval(SkillRetriever retriever, Reranker reranker) {
        this(retriever, reranker, null, RerankedScore.RELATIVE, CANDIDATES);
    }

    private SkillRetrieval(SkillRetriever retriever, Reranker reranker, OccupationContext context,
                           RerankedScore rerankedScore, int candidateCount) {
        if (candidateCount < 1) {
            throw new IllegalArgumentException("candidate count must be positive, was " + candidateCount);
        }
        this.retriever = retriever;
        this.reranker = reranker;
        this.context = context;
        this.rerankedScore = rerankedScore;
        this.candidateCount = candidateCount;
    }

    /** The same index, context and re-ranker with the first stage cut at {@code count} skills per sentence. */
    public SkillRetrieval withCandidateCount(int count) {
        return new SkillRetrieval(retriever, reranker, context, rerankedScore, count);
    }

    public int candidateCount() {
        return candidateCount;
    }

    /**
     * The retrieval's field weights, the Dutch fields' and translated terms' learnt on held-out ESCO pseudo-queries
     * (issue 13, round 13; {@code QueryWeightsChoice 3 dutch}, seed 1013, share 0.2: coordinate ascent from
     * {@link QueryWeights#HAND_SET}, mean over the Dutch query kinds of (P@1 + R@5) / 2 26.12 → 29.56, English kinds
     * unchanged); English text keeps the hand-set weights of every field. No evaluation set played a part.
     */
    public static final QueryWeights PLATFORM_WEIGHTS = new QueryWeights(
            new float[] {0.75f, 0.75f, 0.3f, 0.15f, 3f, 1.5f, 0.6f, 0.3f}, QueryWeights.HAND_SET.otherLanguageBoosts(),
            0.45f, 2f);

    /**
     * The weight of the platform's usage prior ({@link SkillRetriever#withUsagePrior}): 0, none. Held-out ESCO
     * pseudo-queries counted by their skill's usage choose 1 ({@code UsagePriorChoice}, issue 13, round 14), which
     * raises the Dutch dev sentences' candidate recall@25 and the extractor without the lexicon, but costs HOUSE 4.4
     * points RP@5 and the Dutch dev vacancies 2.3 RP@10 (docs/benchmarks.md, issue 13, round 14): not switched on.
     */
    public static final float PLATFORM_USAGE_PRIOR = 0f;

    /** The same index, context and re-ranker with this usage prior ({@link SkillRetriever#withUsagePrior}; 0: none). */
    public SkillRetrieval withUsagePrior(float weight) {
        return new SkillRetrieval(retriever.withUsagePrior(weight), reranker, context, rerankedScore, candidateCount);
    }

    public float usagePrior() {
        return retriever.usagePrior();
    }

    /**
     * The same index, context and re-ranker with the skill search leaving out query terms found in more than
     * {@code share} of the skill documents ({@link SkillRetriever#withoutCommonTerms}; 1: none left out). Measured for
     * its CPU and quality in issue 13, round 15, and not the platform's.
     */
    public SkillRetrieval withoutCommonTerms(double share) {
        return new SkillRetrieval(retriever.withoutCommonTerms(share), reranker, context, rerankedScore, candidateCount);
    }

    /**
     * The weight of the platform's broader-skill preference ({@link BroaderPreference}, rule
     * {@link BroaderPreference.Rule#COVER}, ESCO's and the label-implied broader skills): 0, none. Held-out ESCO
     * pseudo-queries choose 0.1 by a hair (usage-weighted mean 42.62 → 42.73; every rule loses from 0.25 up), and it
     * moves no Dutch dev figure up while HOUSE loses 1.6 RP@5 and the Dutch vacancies 0.9 RP@10, for 40–77 % more CPU
     * per document (docs/benchmarks.md, issue 13, round 15): not switched on.
     */
    public static final float PLATFORM_BROADER_PREFERENCE = 0f;

    /**
     * The same index, context and re-ranker with ESCO's broader skill lifted where a sentence reaches a narrower
     * candidate only by words the two share ({@link BroaderPreference}; weight 0: none).
     */
    public SkillRetrieval withBroaderPreference(Taxonomy taxonomy, float weight, BroaderPreference.Rule rule) {
        return withBroaderPreference(taxonomy, weight, rule, false);
    }

    /** As {@link #withBroaderPreference(Taxonomy, float, BroaderPreference.Rule)}, with label-implied broader skills too. */
    public SkillRetrieval withBroaderPreference(Taxonomy taxonomy, float weight, BroaderPreference.Rule rule,
                                               boolean labelImplied) {
        return new SkillRetrieval(retriever.withBroaderPreference(BroaderPreference.of(taxonomy, retriever.terms(), weight,
                rule, labelImplied)), reranker, context, rerankedScore, candidateCount);
    }

    /** The weight of {@link #withBroaderPreference}; 0: none. */
    public float broaderPreference() {
        BroaderPreference p = retriever.broaderPreference();
        return p == null ? 0f : p.weight();
    }

    /** The same index, context and re-ranker, queried with other field weights ({@link SkillRetriever#withWeights}). */
    public SkillRetrieval withWeights(QueryWeights weights) {
        return new SkillRetrieval(retriever.withWeights(weights), reranker, context, rerankedScore, candidateCount);
    }

    public QueryWeights weights() {
        return retriever.weights();
    }

    /** The same index with the occupations the sentence sounds like lifting the skills they list (null: none). */
    public SkillRetrieval withOccupationContext(OccupationContext occupationContext) {
        return new SkillRetrieval(retriever, reranker, occupationContext, rerankedScore, candidateCount);
    }

    /** The same index and re-ranker, its candidates scored so. */
    public SkillRetrieval withRerankedScore(RerankedScore score) {
        return new SkillRetrieval(retriever, reranker, context, score, candidateCount);
    }

    public Optional<OccupationContext> occupationContext() {
        return Optional.ofNullable(context);
    }

    /**
     * The occupation lift of {@link #withOccupations}: a skill that all of a sentence's best occupations list as
     * essential gains 0.6 × the sentence's best retrieval score. Chosen on the English TECH and HOUSE validation
     * splits among 0.3 / 0.6 / 1.0 (docs/benchmarks.md, issue 13, fifth round); the Dutch sets only measured it.
     */
    public static final float OCCUPATION_LIFT = 0.6f;

    /**
     * The full skill documents in retrieval order, without the occupation context (docs/benchmarks.md, issue 13). The
     * platform runs {@link #withOccupations}, which adds it; the learnt re-ranker is {@link #reranked}.
     */
    public static SkillRetrieval shipped(Taxonomy taxonomy) {
        List<SkillDocument> skills = SkillDocuments.from(taxonomy);
        List<SkillDocument> occupations = OccupationContext.documents(taxonomy);
        return new SkillRetrieval(SkillRetriever.build(skills, true, occupations, WordTranslations.ANY_LABEL,
                sentencePairs(skills, occupations), PLATFORM_WEIGHTS).withUsagePrior(PLATFORM_USAGE_PRIOR), null)
                .withBroaderPreference(taxonomy, PLATFORM_BROADER_PREFERENCE, BroaderPreference.Rule.COVER, true);
    }

    /**
     * The aligned sentences of the skills' and occupations' Dutch and English descriptions: Dutch words that no label
     * translates learn their English words there (issue 13, ninth round).
     */
    static List<SkillDocument> sentencePairs(List<SkillDocument> skills, List<SkillDocument> occupations) {
        List<SkillDocument> concepts = new ArrayList<>(skills);
        concepts.addAll(occupations);
        return DescriptionSentences.aligned(concepts);
    }

    /**
     * The eighth round's platform, an ablation: word translations from labels only (no description sentences), skill
     * documents without occupation sentences, with the occupation context.
     */
    public static SkillRetrieval eighthRound(Taxonomy taxonomy) {
        return new SkillRetrieval(SkillRetriever.build(eighthRoundDocuments(taxonomy), true,
                OccupationContext.documents(taxonomy), WordTranslations.ANY_LABEL), null)
                .withOccupationContext(OccupationContext.build(taxonomy, OCCUPATION_LIFT));
    }

    /**
     * The full skill documents with the occupations each sentence sounds like lifting the skills they list, and the
     * text's most heard occupations as prior ({@link OccupationContext}, weight {@link #OCCUPATION_LIFT}). The
     * platform's retrieval: it gained on both Dutch dev sets, which played no part in choosing the weight, for about a
     * quarter more CPU per document (docs/benchmarks.md, issue 13, fifth round). Since the eighth round the skills the
     * occupations list are candidates themselves ({@link OccupationContext.Candidates#LISTED}).
     */
    public static SkillRetrieval withOccupations(Taxonomy taxonomy) {
        return shipped(taxonomy).withOccupationContext(OccupationContext.build(taxonomy, OCCUPATION_LIFT));
    }

    /**
     * As {@link #shipped}, the index read from {@code snapshots} when it holds this version of it (else built, and
     * written there later: {@link RetrievalSnapshots#writePending()}). With
     * {@link OccupationContext#build(Taxonomy, float, RetrievalSnapshots)} and {@link #withOccupationContext} it gives
     * {@link #withOccupations}; the two parts can be built side by side.
     */
    public static SkillRetrieval shipped(Taxonomy taxonomy, RetrievalSnapshots snapshots) {
        List<SkillDocument> skills = snapshots.skillDocuments(taxonomy);
        List<SkillDocument> occupations = OccupationContext.documents(taxonomy);
        return new SkillRetrieval(snapshots.retriever("skills", skills, true, 0, occupations,
                WordTranslations.ANY_LABEL, sentencePairs(skills, occupations), PLATFORM_WEIGHTS)
                .withUsagePrior(PLATFORM_USAGE_PRIOR), null)
                .withBroaderPreference(taxonomy, PLATFORM_BROADER_PREFERENCE, BroaderPreference.Rule.COVER, true);
    }

    /**
     * The fifth round's platform, an ablation: word translations from the safe skill labels only (source weight ≥ 0.8,
     * no occupations) and the occupation lift re-ordering the 25 retrieval candidates only.
     */
    public static SkillRetrieval fifthRound(Taxonomy taxonomy) {
        return new SkillRetrieval(SkillRetriever.build(eighthRoundDocuments(taxonomy), true, List.of(),
                WordTranslations.SAFE_LABEL), null).withOccupationContext(OccupationContext.build(taxonomy, OCCUPATION_LIFT)
                .withCandidates(OccupationContext.Candidates.RETRIEVED));
    }

    /** The full skill documents with the shipped re-ranker (retrieval order when it is absent). */
    public static SkillRetrieval reranked(Taxonomy taxonomy) {
        return shipped(taxonomy).withReranker(Reranker.shipped().orElse(null));
    }

    /** The skill documents of the fifth to eighth rounds: context of broader and related skills only. */
    private static List<SkillDocument> eighthRoundDocuments(Taxonomy taxonomy) {
        return SkillDocuments.from(taxonomy, HeldOut.NOTHING, nl.vaardig.taxonomy.dutch.GeneratedDutchLabels.shipped(),
                SkillDocuments.Context.RELATED);
    }

    /**
     * The eighth round's translations (labels only) over this round's documents, an ablation: what the description
     * sentences add.
     */
    public static SkillRetrieval labelTranslations(Taxonomy taxonomy) {
        return new SkillRetrieval(SkillRetriever.build(SkillDocuments.from(taxonomy), true,
                OccupationContext.documents(taxonomy), WordTranslations.ANY_LABEL), null)
                .withOccupationContext(OccupationContext.build(taxonomy, OCCUPATION_LIFT));
    }

    /** The same index with this re-ranker (null: retrieval order). */
    public SkillRetrieval withReranker(Reranker model) {
        return new SkillRetrieval(retriever, model, context, rerankedScore, candidateCount);
    }

    public Optional<Reranker> reranker() {
        return Optional.ofNullable(reranker);
    }

    public SkillRetrieval withoutReranker() {
        return new SkillRetrieval(retriever, null, context, rerankedScore, candidateCount);
    }

    /** The sentence as this index reads it: Dutch and English terms, and the English translations of Dutch words. */
    public QueryText analyse(String sentence, boolean dutchText) {
        return retriever.analyse(sentence, dutchText);
    }

    SkillRetriever retriever() {
        return retriever;
    }

    /** One skill for one sentence: taxonomy ordinal and a score in [0, 1]. */
    public record Scored(int ordinal, double score) {
    }

    /** Skills for the sentence, best first, at most {@code limit}. */
    public List<Scored> score(String sentence, boolean dutchText, int limit) {
        return score(sentence, dutchText, limit, null);
    }

    /**
     * Skills for the sentence, best first, at most {@code limit}; the occupations the sentence sounds like are added
     * to {@code tally} (a text's, from {@link OccupationContext#tally}; null: not kept).
     */
    public List<Scored> score(String sentence, boolean dutchText, int limit, OccupationContext.Tally tally) {
        if (reranker != null) {
            Candidates candidates = candidates(sentence, dutchText, tally);
            List<Scored> out = new ArrayList<>(candidates.hits().size());
            double best = 0;
            double[] p = new double[candidates.hits().size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = reranker.score(candidates.features()[i]);
                best = Math.max(best, p[i]);
            }
            for (int i = 0; i < p.length; i++) {
                double score = rerankedScore == RerankedScore.PROBABILITY ? p[i] : best > 0 ? TOP_WEIGHT * p[i] / best : 0;
                out.add(new Scored(candidates.hits().get(i).ordinal(), score));
            }
            out.sort(Comparator.comparingDouble(Scored::score).reversed());
            return out.size() > limit ? out.subList(0, limit) : out;
        }
        QueryText query = retriever.analyse(sentence, dutchText);
        // in retrieval order the best few are the first of the candidates: a narrower top-k gives the same skills
        // (not with the broader preference, which may lift a broader skill from further down the candidates)
        int count = retriever.broaderPreference() == null ? Math.min(limit, candidateCount) : candidateCount;
        List<SkillRetriever.Hit> hits = search(query, dutchText, tally, count);
        if (hits.isEmpty()) {
            return List.of();
        }
        float top = hits.getFirst().score();
        List<Scored> out = new ArrayList<>(hits.size());
        for (SkillRetriever.Hit hit : hits) {
            out.add(new Scored(hit.ordinal(), hit.score() / top * TOP_WEIGHT));
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /**
     * Adds the occupations the sentence sounds like to {@code tally}, the same shares as {@link #score} adds, without
     * searching the skills: for a segment whose retrieved skills are no evidence (a whole text's title, headings and
     * introduction), where the skill search was about two fifths of retrieval's CPU and its result was dropped.
     */
    public void hear(String sentence, boolean dutchText, OccupationContext.Tally tally) {
        if (context == null || tally == null) {
            return;
        }
        if (context.candidates() == OccupationContext.Candidates.RETRIEVED) {
            // the fifth round's lift hears a sentence only when it retrieved a skill: that takes the skill search
            score(sentence, dutchText, 1, tally);
            return;
        }
        context.hear(retriever.analyse(sentence, dutchText), dutchText, tally);
    }

    private List<SkillRetriever.Hit> search(QueryText query, boolean dutchText, OccupationContext.Tally tally) {
        return search(query, dutchText, tally, candidateCount);
    }

    /** The best {@code count} of the sentence's candidates (at most {@link #candidateCount}), best first. */
    private List<SkillRetriever.Hit> search(QueryText query, boolean dutchText, OccupationContext.Tally tally, int count) {
        return context == null ? retriever.search(query, dutchText, count)
                : context.candidates() != OccupationContext.Candidates.RETRIEVED
                ? context.search(retriever, query, dutchText, count, tally)
                : context.lift(query, dutchText, retriever.search(query, dutchText, Math.max(candidateCount, context.pool())),
                        count, tally);
    }

    /** A sentence's candidates in retrieval order and the re-ranker's features of each. */
    record Candidates(List<SkillRetriever.Hit> hits, double[][] features) {
    }

    /**
     * The sentence's {@link #CANDIDATES} as the platform retrieves them (this index, occupation context and all), with
     * each one's {@link CandidateFeatures}, its route included: what the re-ranker scores and is trained on.
     */
    Candidates candidates(String sentence, boolean dutchText, OccupationContext.Tally tally) {
        QueryText query = retriever.analyse(sentence, dutchText);
        if (context != null && context.candidates() != OccupationContext.Candidates.RETRIEVED) {
            OccupationContext.Sourced sourced = context.searchSourced(retriever, query, dutchText, candidateCount, tally);
            return new Candidates(sourced.hits(), CandidateFeatures.all(retriever.terms(), query, sourced.hits(),
                    sourced.lift(), sourced.bestRetrieval(), context.weight(), dutchText));
        }
        List<SkillRetriever.Hit> hits = search(query, dutchText, tally);
        return new Candidates(hits, CandidateFeatures.all(retriever.terms(), query, hits, null, 0f, 0f, dutchText));
    }
}
