package nl.vaardig.taxonomy.title;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The learnt ranker of job title → occupation: a conditional logit (softmax over one title's candidate occupations)
 * on the signals {@link JobTitleMatcher} computes per candidate ({@link #FEATURES}), trained by
 * {@link TitleRankerTraining} on the national titles in the index, each scored with itself left out. Its linear score
 * orders the candidates; a fitted sigmoid of it is the probability that the candidate is right, reported as
 * {@code -ln(1 - p)} so that the API's {@code 1 - e^-score} shows that probability.
 */
public final class TitleRanker {

    public static final String RESOURCE = "/nl/vaardig/taxonomy/title/title-ranker.properties";
    /** Never report certainty: the crosswalk itself is not. */
    private static final double MAX_PROBABILITY = 0.999;

    /** The signals per candidate, in the order of the feature vector. */
    public static final List<String> FEATURES = List.of(
            "hand",              // the hand-weighted score of rounds 1–3 (label + closeness + vote + meaning + head + names)
            "label",             // best label's blend of stem F1 and BM25, scaled by its relation, plus the source bonus
            "overlap",           // rarity-weighted F1 of the title's and the label's stemmed compound parts
            "bm25",              // the label's BM25 score over the best one retrieved
            "preferred",         // closeness of the title to the occupation's preferred name
            "vote",              // share of the neighbour vote of the retrieved national titles
            "fallback",          // 1 when the candidate came from the head noun alone
            "fallbackStrength",  // how directly the head names it and how much of the modifier it mentions
            "head",              // 1 when the title's head noun names the occupation
            "leftover",          // share of the title's words the matched label leaves out
            "skills",            // share of those that the occupation's skills mention
            "description",       // share of those that its Dutch description or ISCO group mention
            "nameBag",           // share of the title's words found in any of its names
            "relation",          // weight of the matched label's mapping relation
            "literal",           // 1 when the matched label is the title itself
            "sourcePreferred",   // the matched label is an ESCO preferred label
            "sourceNational",    // the matched label is a Dutch NOC title
            "sourceHidden",      // the matched label is an ESCO hidden label
            "names",             // ln(1 + names of the occupation)
            "nationalTitles",    // ln(1 + Dutch NOC titles mapped to it)
            "iscoHead",          // share of the head noun's occupations in its ISCO unit group
            "iscoTop",           // share of the first ten candidates in its ISCO unit group
            "firstRank",         // ln(1 + its rank before the ranker)
            "firstWordFrame",    // share of the national titles with the title's first word and markers mapped to it
            "lastWordFrame",     // the same for the title's last word and markers
            "expanded",          // 1 when it came from the title's frame or as an ISCO sibling of a first candidate
            "firstWordFrameIsco", // share of the first-word frame's national titles mapped into its ISCO unit group
            "lastWordFrameIsco", // the same for the last-word frame
            "wordPrior",         // share of the national titles sharing a word with the title mapped to it (by rarity)
            "wordPriorIsco",     // the same for its ISCO unit group
            "skillSpecific",     // specificity-weighted share of the title's words in its skills' Dutch words
            "skillCentral",      // how many of its skills speak of the title's words, weighted by their specificity
            "ownDescription",    // specificity-weighted share of the title's words in its own Dutch description
            "readings");         // its best label fit averaged over the title's readings ("⟨rol⟩ / ⟨rol⟩": both roles)

    /** Scores with the hand-set weights of rounds 1–3 alone: the old order, and the old score scale. */
    public static final TitleRanker HAND = hand();

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final Hidden hidden;
    private final double slope;
    private final double intercept;
    private final boolean hand;

    /**
     * The ranker's hidden units, added to the linear score: {@code Σ_j out[j] · tanh(bias[j] + Σ_f in[j][f] · x̂_f)} on
     * the standardised features x̂. They let one signal count differently depending on another (the frame's share
     * matters for a title that is no label, the head for a candidate the words did not find); none: a linear ranker.
     */
    record Hidden(double[][] in, double[] bias, double[] out) {
        static final Hidden NONE = new Hidden(new double[0][], new double[0], new double[0]);

        Hidden {
            if (in.length != bias.length || in.length != out.length) {
                throw new IllegalArgumentException("each hidden unit needs its input weights, bias and output weight");
            }
            for (double[] row : in) {
                if (row.length != FEATURES.size()) {
                    throw new IllegalArgumentException("a hidden unit needs " + FEATURES.size() + " input weights");
                }
            }
        }

        int size() {
            return out.length;
        }
    }

    TitleRanker(double[] mean, double[] scale, double[] weights, double slope, double intercept) {
        this(mean, scale, weights, Hidden.NONE, slope, intercept, false);
    }

    TitleRanker(double[] mean, double[] scale, double[] weights, Hidden hidden, double slope, double intercept) {
        this(mean, scale, weights, hidden, slope, intercept, false);
    }

    private TitleRanker(double[] mean, double[] scale, double[] weights, Hidden hidden, double slope, double intercept,
                        boolean hand) {
        int n = FEATURES.size();
        if (mean.length != n || scale.length != n || weights.length != n) {
            throw new IllegalArgumentException("a title ranker needs " + n + " means, scales and weights");
        }
        this.hidden = hidden;
        for (double s : scale) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("feature scales must be positive");
            }
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.slope = slope;
        this.intercept = intercept;
        this.hand = hand;
    }

    private static TitleRanker hand() {
        int n = FEATURES.size();
        double[] zero = new double[n];
        double[] one = new double[n];
        Arrays.fill(one, 1.0);
        double[] w = new double[n];
        w[0] = 1.0;
        return new TitleRanker(zero, one, w, Hidden.NONE, 1.0, 0.0, true);
    }

    /** The model shipped on the classpath; a missing or stale model (other features) stops the start-up. */
    public static TitleRanker shipped() {
        try (InputStream in = TitleRanker.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the title ranker " + RESOURCE + " is missing; rebuild it with TitleRankerTraining");
            }
            var p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the title ranker " + RESOURCE, e);
        }
    }

    static TitleRanker fromProperties(Properties p) {
        String features = p.getProperty("features", "");
        if (!features.equals(String.join(",", FEATURES))) {
            throw new IllegalStateException("the title ranker was trained on other features (" + features
                    + "); rebuild it with TitleRankerTraining");
        }
        int n = FEATURES.size();
        double[] mean = new double[n];
        double[] scale = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            String f = FEATURES.get(i);
            mean[i] = number(p, "mean." + f);
            scale[i] = number(p, "scale." + f);
            weights[i] = number(p, "weight." + f);
        }
        int units = Integer.parseInt(p.getProperty("hidden.units", "0").strip());
        var in = new double[units][n];
        var bias = new double[units];
        var out = new double[units];
        for (int j = 0; j < units; j++) {
            bias[j] = number(p, "hidden." + j + ".bias");
            out[j] = number(p, "hidden." + j + ".out");
            for (int i = 0; i < n; i++) {
                in[j][i] = number(p, "hidden." + j + ".in." + FEATURES.get(i));
            }
        }
        return new TitleRanker(mean, scale, weights, new Hidden(in, bias, out), number(p, "calibration.slope"),
                number(p, "calibration.intercept"));
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("the title ranker has no " + key);
        }
        return Double.parseDouble(v.strip());
    }

    /** The ranker as properties, in {@link #FEATURES} order (what {@link #shipped()} reads). */
    String toProperties(String header) {
        var sb = new StringBuilder();
        header.lines().forEach(l -> sb.append("# ").append(l).append('\n'));
        sb.append("features=").append(String.join(",", FEATURES)).append('\n');
        sb.append(String.format(Locale.ROOT, "calibration.slope=%.6f%ncalibration.intercept=%.6f%n", slope, intercept));
        for (int i = 0; i < FEATURES.size(); i++) {
            String f = FEATURES.get(i);
            sb.append(String.format(Locale.ROOT, "weight.%s=%.6f%nmean.%s=%.6f%nscale.%s=%.6f%n",
                    f, weights[i], f, mean[i], f, scale[i]));
        }
        sb.append("hidden.units=").append(hidden.size()).append('\n');
        for (int j = 0; j < hidden.size(); j++) {
            sb.append(String.format(Locale.ROOT, "hidden.%d.bias=%.6f%nhidden.%d.out=%.6f%n", j, hidden.bias()[j], j,
                    hidden.out()[j]));
            for (int i = 0; i < FEATURES.size(); i++) {
                sb.append(String.format(Locale.ROOT, "hidden.%d.in.%s=%.6f%n", j, FEATURES.get(i), hidden.in()[j][i]));
            }
        }
        return sb.toString();
    }

    /** The ranking score (a logit up to a per-title constant): higher ranks first. */
    double logit(double[] features) {
        double[] x = standardised(features);
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        for (int j = 0; j < hidden.size(); j++) {
            z += hidden.out()[j] * Math.tanh(activation(j, x));
        }
        return z;
    }

    double[] standardised(double[] features) {
        double[] x = new double[features.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (features[i] - mean[i]) / scale[i];
        }
        return x;
    }

    private double activation(int unit, double[] standardised) {
        double a = hidden.bias()[unit];
        double[] in = hidden.in()[unit];
        for (int i = 0; i < in.length; i++) {
            a += in[i] * standardised[i];
        }
        return a;
    }

    /** Probability that the candidate is right, from its logit. */
    double probability(double logit) {
        return Math.min(MAX_PROBABILITY, 1.0 / (1.0 + Math.exp(-(slope * logit + intercept))));
    }

    /** The score an {@link OccupationMatch} carries: {@code -ln(1 - p)}, or the hand score itself for {@link #HAND}. */
    double matchScore(double logit) {
        return hand ? logit : -Math.log(1.0 - probability(logit));
    }

    double weight(String feature) {
        return weights[FEATURES.indexOf(feature)] / scale[FEATURES.indexOf(feature)];
    }
}
