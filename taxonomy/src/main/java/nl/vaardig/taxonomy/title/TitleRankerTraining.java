package nl.vaardig.taxonomy.title;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Trains {@link TitleRanker} on the Dutch national titles in the index, each matched with itself left out of the index
 * (leave-one-out: its own label, and the head noun it alone made), so the ranker learns how the signals behave on a
 * title the index has not seen. Gold: every occupation the crosswalk maps the title to. Nothing else is read: no
 * evaluation set, no CompetentNL. The held-out evaluation trains its own ranker the same way on the titles it keeps.
 *
 * <p>The model is a conditional logit: per title a softmax over its candidates, fitted by full-batch Adam on the
 * negative log of the probability of its gold occupations, with a small L2 penalty; then a sigmoid of the logit is
 * fitted to "is gold" over all candidates so the score reads as a probability. Rebuild the shipped model with
 * <pre>
 * ./mvnw -q -B -pl taxonomy compile exec:java -Dexec.mainClass=nl.vaardig.taxonomy.title.TitleRankerTraining
 * </pre>
 * Arguments: {@code [--out FILE]}.
 */
public final class TitleRankerTraining {

    private static final Path DEFAULT_OUT = Path.of("taxonomy/src/main/resources" + TitleRanker.RESOURCE);
    private static final int ITERATIONS = 600;
    private static final double LEARNING_RATE = 0.02;
    private static final double L2 = 1e-3;

    /** One title's candidates: their feature vectors and which are gold. */
    record Group(double[][] features, boolean[] gold) {
    }

    private TitleRankerTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.isDirectory(Path.of("taxonomy")) ? DEFAULT_OUT : Path.of("src/main/resources" + TitleRanker.RESOURCE);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        List<TitleEvaluation.Case> titles = HeldOutTitleEvaluation.split(taxonomy, HeldOutTitleEvaluation.DEFAULT_SEED, 0).kept();
        JobTitleMatcher matcher = JobTitleMatcher.build(taxonomy, TitleIndexOptions.defaults(), TitleRanker.HAND);
        long t0 = System.nanoTime();
        List<Group> groups = collect(matcher, titles);
        TitleRanker ranker = fit(groups);
        String report = report(titles.size(), groups, ranker, (System.nanoTime() - t0) / 1_000_000_000);
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, ranker.toProperties("""
                Learnt ranker of job title -> occupation (TitleRanker), built by TitleRankerTraining from the shipped ESCO
                v1.1.1 and its Dutch NOC crosswalk alone: every national title matched with itself left out of the index.
                Rebuild: ./mvnw -q -B -pl taxonomy compile exec:java -Dexec.mainClass=nl.vaardig.taxonomy.title.TitleRankerTraining
                """ + report), StandardCharsets.UTF_8);
        System.out.println("written " + out);
    }

    /** Trains a ranker on the given titles, each matched by {@code matcher} with itself left out of the index. */
    static TitleRanker train(JobTitleMatcher matcher, List<TitleEvaluation.Case> titles) {
        return fit(collect(matcher, titles));
    }

    static List<Group> collect(JobTitleMatcher matcher, List<TitleEvaluation.Case> titles) {
        return titles.parallelStream().map(c -> group(matcher, c)).filter(g -> g != null).toList();
    }

    /** The title's candidates, or null when none of them is gold (nothing to learn from). */
    private static Group group(JobTitleMatcher matcher, TitleEvaluation.Case c) {
        List<JobTitleMatcher.Candidate> candidates = matcher.candidates(c.title(), c.title());
        Set<OccupationUri> gold = Set.copyOf(c.expected());
        var features = new double[candidates.size()][];
        var isGold = new boolean[candidates.size()];
        boolean any = false;
        for (int i = 0; i < candidates.size(); i++) {
            features[i] = candidates.get(i).features();
            isGold[i] = gold.contains(candidates.get(i).uri(matcher.taxonomy()));
            any |= isGold[i];
        }
        return any ? new Group(features, isGold) : null;
    }

    static TitleRanker fit(List<Group> groups) {
        int n = TitleRanker.FEATURES.size();
        double[] mean = new double[n];
        double[] scale = new double[n];
        long rows = 0;
        for (Group g : groups) {
            for (double[] x : g.features()) {
                rows++;
                for (int f = 0; f < n; f++) {
                    mean[f] += x[f];
                    scale[f] += x[f] * x[f];
                }
            }
        }
        for (int f = 0; f < n; f++) {
            mean[f] /= Math.max(1, rows);
            double var = scale[f] / Math.max(1, rows) - mean[f] * mean[f];
            scale[f] = var > 1e-12 ? Math.sqrt(var) : 1.0;
        }
        // start from the hand-set score alone, so training can only move away from it where the data says so
        double[] w = new double[n];
        w[TitleRanker.FEATURES.indexOf("hand")] = scale[TitleRanker.FEATURES.indexOf("hand")];
        double[] m = new double[n];
        double[] v = new double[n];
        for (int t = 1; t <= ITERATIONS; t++) {
            double[] grad = gradient(groups, w, mean, scale);
            for (int f = 0; f < n; f++) {
                double g = grad[f] + L2 * w[f];
                m[f] = 0.9 * m[f] + 0.1 * g;
                v[f] = 0.999 * v[f] + 0.001 * g * g;
                double mh = m[f] / (1 - Math.pow(0.9, t));
                double vh = v[f] / (1 - Math.pow(0.999, t));
                w[f] -= LEARNING_RATE * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        var unscaled = new TitleRanker(mean, scale, w, 1, 0);
        double[] calibration = calibrate(groups, unscaled);
        return new TitleRanker(mean, scale, w, calibration[0], calibration[1]);
    }

    /** Mean gradient over the titles of -ln(sum of the softmax probabilities of its gold candidates). */
    private static double[] gradient(List<Group> groups, double[] w, double[] mean, double[] scale) {
        int n = w.length;
        double[] grad = new double[n];
        for (Group g : groups) {
            double[][] x = g.features();
            double[] z = new double[x.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                for (int f = 0; f < n; f++) {
                    z[i] += w[f] * (x[i][f] - mean[f]) / scale[f];
                }
                max = Math.max(max, z[i]);
            }
            double all = 0;
            double gold = 0;
            for (int i = 0; i < x.length; i++) {
                z[i] = Math.exp(z[i] - max);
                all += z[i];
                gold += g.gold()[i] ? z[i] : 0;
            }
            for (int i = 0; i < x.length; i++) {
                double coefficient = z[i] / all - (g.gold()[i] ? z[i] / gold : 0);
                for (int f = 0; f < n; f++) {
                    grad[f] += coefficient * (x[i][f] - mean[f]) / scale[f];
                }
            }
        }
        for (int f = 0; f < n; f++) {
            grad[f] /= Math.max(1, groups.size());
        }
        return grad;
    }

    /** Slope and intercept of the sigmoid of the logit that best predicts "is gold" (Newton's method). */
    private static double[] calibrate(List<Group> groups, TitleRanker ranker) {
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 25; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-6;
            double hab = 0;
            double hbb = 1e-6;
            for (Group g : groups) {
                for (int i = 0; i < g.features().length; i++) {
                    double z = ranker.logit(g.features()[i]);
                    double p = 1 / (1 + Math.exp(-(a * z + b)));
                    double r = p - (g.gold()[i] ? 1 : 0);
                    double h = p * (1 - p);
                    ga += r * z;
                    gb += r;
                    haa += h * z * z;
                    hab += h * z;
                    hbb += h;
                }
            }
            double det = haa * hbb - hab * hab;
            a -= (hbb * ga - hab * gb) / det;
            b -= (haa * gb - hab * ga) / det;
        }
        return new double[] {a, b};
    }

    /** Leave-one-out Acc@1 on the training titles with the hand weights and with the learnt ranker, and the weights. */
    static String report(int titles, List<Group> groups, TitleRanker ranker, long seconds) {
        int hand = 0;
        int learnt = 0;
        for (Group g : groups) {
            hand += g.gold()[argmax(g, TitleRanker.HAND)] ? 1 : 0;
            learnt += g.gold()[argmax(g, ranker)] ? 1 : 0;
        }
        var sb = new StringBuilder(String.format(Locale.ROOT,
                "trained on %d national titles left out one at a time (%d with a gold candidate), %d s; "
                        + "leave-one-out Acc@1 over all %d: hand weights %.3f, learnt %.3f%nweight per unit of each feature:",
                titles, groups.size(), seconds, titles, (double) hand / titles, (double) learnt / titles));
        for (String f : TitleRanker.FEATURES) {
            sb.append(String.format(Locale.ROOT, " %s %.3f", f, ranker.weight(f)));
        }
        return sb.toString();
    }

    private static int argmax(Group g, TitleRanker ranker) {
        int best = 0;
        double bestZ = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < g.features().length; i++) {
            double z = ranker.logit(g.features()[i]);
            if (z > bestZ) {
                best = i;
                bestZ = z;
            }
        }
        return best;
    }
}
