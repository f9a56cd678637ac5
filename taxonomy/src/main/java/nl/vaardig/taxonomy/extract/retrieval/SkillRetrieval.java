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

    private final SkillRetriever retriever;
    private final Reranker reranker;

    public SkillRetrieval(SkillRetriever retriever, Reranker reranker) {
        this.retriever = retriever;
        this.reranker = reranker;
    }

    /**
     * The full skill documents in retrieval order: what measures best on text written without ESCO's words (the Dutch
     * dev vacancies and HOUSE; docs/benchmarks.md, issue 13), so what the platform runs. The learnt re-ranker is
     * {@link #reranked}.
     */
    public static SkillRetrieval shipped(Taxonomy taxonomy) {
        return new SkillRetrieval(SkillRetriever.build(SkillDocuments.from(taxonomy)), null);
    }

    /** The full skill documents with the shipped re-ranker (retrieval order when it is absent). */
    public static SkillRetrieval reranked(Taxonomy taxonomy) {
        return shipped(taxonomy).withReranker(Reranker.shipped().orElse(null));
    }

    /** The same index with this re-ranker (null: retrieval order). */
    public SkillRetrieval withReranker(Reranker model) {
        return new SkillRetrieval(retriever, model);
    }

    public Optional<Reranker> reranker() {
        return Optional.ofNullable(reranker);
    }

    public SkillRetrieval withoutReranker() {
        return new SkillRetrieval(retriever, null);
    }

    /** One skill for one sentence: taxonomy ordinal and a score in [0, 1]. */
    public record Scored(int ordinal, double score) {
    }

    /** Skills for the sentence, best first, at most {@code limit}. */
    public List<Scored> score(String sentence, boolean dutchText, int limit) {
        QueryText query = retriever.analyse(sentence, dutchText);
        List<SkillRetriever.Hit> hits = retriever.search(query, dutchText, CANDIDATES);
        if (hits.isEmpty()) {
            return List.of();
        }
        float top = hits.getFirst().score();
        CandidateFeatures.SentenceTerms sentenceTerms = reranker == null ? null
                : new CandidateFeatures.SentenceTerms(retriever.terms(), query, dutchText);
        List<Scored> out = new ArrayList<>(hits.size());
        for (SkillRetriever.Hit hit : hits) {
            double score = reranker == null ? hit.score() / top * 0.6
                    : reranker.score(CandidateFeatures.of(retriever.terms(), query, sentenceTerms, hit, top, dutchText));
            out.add(new Scored(hit.ordinal(), score));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
