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

    /** The full skill documents and the shipped re-ranker (retrieval order when it is absent). */
    public static SkillRetrieval shipped(Taxonomy taxonomy) {
        return new SkillRetrieval(SkillRetriever.build(SkillDocuments.from(taxonomy)), Reranker.shipped().orElse(null));
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
        List<Scored> out = new ArrayList<>(hits.size());
        for (SkillRetriever.Hit hit : hits) {
            double score = reranker == null ? hit.score() / top * 0.6
                    : reranker.score(CandidateFeatures.of(retriever.terms(), query, hit, top, dutchText));
            out.add(new Scored(hit.ordinal(), score));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
