package nl.vaardig.taxonomy.extract.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * The learnt re-ranker: a Tribuo logistic regression over {@link CandidateFeatures}, trained by
 * {@link RerankerTraining} on pseudo-queries generated from ESCO. Its score is the probability that a retrieved
 * skill is the one the sentence means.
 */
public final class Reranker {

    public static final String RESOURCE = "/nl/vaardig/taxonomy/extract/retrieval/reranker.tribuo";
    static final String MATCH = "match";
    static final String OTHER = "other";
    private static final String[] NAMES = CandidateFeatures.NAMES.toArray(String[]::new);

    private final Model<Label> model;

    private Reranker(Model<Label> model) {
        this.model = model;
    }

    public static Reranker of(Model<Label> model) {
        if (!model.validate(Label.class)) {
            throw new IllegalArgumentException("the re-ranker must be a classification model");
        }
        return new Reranker(model);
    }

    /** The model shipped on the classpath, or empty when it was not built. */
    @SuppressWarnings("unchecked")
    public static Optional<Reranker> shipped() {
        try (InputStream in = Reranker.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(of((Model<Label>) Model.deserializeFromStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extraction re-ranker " + RESOURCE, e);
        }
    }

    public double score(double[] features) {
        Prediction<Label> p = model.predict(new ArrayExample<>(new Label(OTHER), NAMES, features));
        Label match = p.getOutputScores().get(MATCH);
        return match == null ? 0 : match.getScore();
    }

    static ArrayExample<Label> example(double[] features, boolean match) {
        return new ArrayExample<>(new Label(match ? MATCH : OTHER), NAMES, features);
    }
}
