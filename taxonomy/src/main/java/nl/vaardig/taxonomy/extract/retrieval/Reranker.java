package nl.vaardig.taxonomy.extract.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
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

    /**
     * A model may also weigh each feature per text language: feature {@code nl:NAME} counts on Dutch text only,
     * {@code en:NAME} on other text, each on top of the shared {@code NAME} (a Dutch sentence reaches its skill by
     * other routes than an English one: translations, Dutch labels, occupations).
     */
    static final String DUTCH_PREFIX = "nl:";
    static final String OTHER_PREFIX = "en:";
    private static final int DUTCH_TEXT = CandidateFeatures.NAMES.indexOf("dutch-text");

    private final Model<Label> model;
    /**
     * Per text language (0 other, 1 Dutch), per output (match, other): weight of each feature in
     * {@link CandidateFeatures#NAMES} order (shared + that language's own), then the bias.
     */
    private final double[][][] weights;
    private final int matchRow;
    private final boolean perLanguage;

    private Reranker(Model<Label> model, double[][][] weights, int matchRow, boolean perLanguage) {
        this.model = model;
        this.weights = weights;
        this.matchRow = matchRow;
        this.perLanguage = perLanguage;
    }

    /**
     * Wraps a trained logistic regression. Its weights are read out once: scoring a candidate is then a dot product
     * and a softmax, the same arithmetic Tribuo's predict does without building an example and a prediction per
     * candidate (the extractor scores 25 candidates a sentence).
     */
    public static Reranker of(Model<Label> model) {
        if (!model.validate(Label.class) || !(model instanceof LinearSGDModel linear)) {
            throw new IllegalArgumentException("the re-ranker must be a Tribuo linear classification model");
        }
        DenseMatrix matrix = linear.getWeightsCopy();
        int features = model.getFeatureIDMap().size();
        boolean perLanguage = false;
        double[][][] weights = new double[2][matrix.getDimension1Size()][NAMES.length + 1];
        for (int lang = 0; lang < 2; lang++) {
            String prefix = lang == 1 ? DUTCH_PREFIX : OTHER_PREFIX;
            for (int o = 0; o < matrix.getDimension1Size(); o++) {
                for (int f = 0; f < NAMES.length; f++) {
                    int id = model.getFeatureIDMap().getID(NAMES[f]);
                    int own = model.getFeatureIDMap().getID(prefix + NAMES[f]);
                    perLanguage |= own >= 0;
                    weights[lang][o][f] = (id < 0 ? 0 : matrix.get(o, id)) + (own < 0 ? 0 : matrix.get(o, own));
                }
                weights[lang][o][NAMES.length] = matrix.get(o, features);
            }
        }
        int match = model.getOutputIDInfo().getID(new Label(MATCH));
        if (match < 0) {
            throw new IllegalArgumentException("the re-ranker has no '" + MATCH + "' output");
        }
        return new Reranker(model, weights, match, perLanguage);
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

    /** A model written by {@link RerankerTraining} to a file (to measure one before it is shipped). */
    @SuppressWarnings("unchecked")
    public static Reranker read(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return of((Model<Label>) Model.deserializeFromStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extraction re-ranker " + file, e);
        }
    }

    /** Probability in [0, 1] that the candidate is the skill the sentence means. */
    public double score(double[] features) {
        double[][] w = weights[features[DUTCH_TEXT] > 0.5 ? 1 : 0];
        double max = Double.NEGATIVE_INFINITY;
        double[] logits = new double[w.length];
        for (int o = 0; o < w.length; o++) {
            double z = w[o][NAMES.length];
            for (int f = 0; f < NAMES.length; f++) {
                z += w[o][f] * features[f];
            }
            logits[o] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (double z : logits) {
            sum += Math.exp(z - max);
        }
        return Math.exp(logits[matchRow] - max) / sum;
    }

    /** Whether the model weighs features per text language. */
    boolean perLanguage() {
        return perLanguage;
    }

    /** The same probability through Tribuo's own predict (slower; the tests check that both agree). */
    double scoreWithTribuo(double[] features) {
        Prediction<Label> p = model.predict(example(features, NAMES.length, perLanguage, false));
        Label match = p.getOutputScores().get(MATCH);
        return match == null ? 0 : match.getScore();
    }

    static ArrayExample<Label> example(double[] features, boolean match) {
        return example(features, NAMES.length, false, match);
    }

    /**
     * A training example over the first {@code count} features only (a model without the others weighs them 0), with
     * a copy of each for the text's language when {@code perLanguage}.
     */
    static ArrayExample<Label> example(double[] features, int count, boolean perLanguage, boolean match) {
        String[] names = new String[perLanguage ? 2 * count : count];
        double[] values = new double[names.length];
        String prefix = features[DUTCH_TEXT] > 0.5 ? DUTCH_PREFIX : OTHER_PREFIX;
        for (int f = 0; f < count; f++) {
            names[f] = NAMES[f];
            values[f] = features[f];
            if (perLanguage) {
                names[count + f] = prefix + NAMES[f];
                values[count + f] = features[f];
            }
        }
        return new ArrayExample<>(new Label(match ? MATCH : OTHER), names, values);
    }
}
