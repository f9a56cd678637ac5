package nl.vaardig.taxonomy.dutch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The held-out figures as text: overall, English baseline, per method, per confidence bucket, and a sample. */
final class EvaluationReport {

    private static final double[] THRESHOLDS = {0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9};
    private static final double BUCKET = 0.05;

    private final List<HeldOutEvaluation.Result> results;
    private final double[] confidence;
    private final QualityModel quality;
    private final TokenAgreement.Sum overall = new TokenAgreement.Sum();
    private final TokenAgreement.Sum english = new TokenAgreement.Sum();

    EvaluationReport(List<HeldOutEvaluation.Result> results, double[] confidence, QualityModel quality) {
        this.results = results;
        this.confidence = confidence;
        this.quality = quality;
        for (var r : results) {
            overall.add(r.agreement());
            english.add(r.englishBaseline());
        }
    }

    /** The cross-fitted confidence of the i-th held-out result. */
    double confidence(int i) {
        return confidence[i];
    }

    String text() {
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Held-out skills: %d (seed %d)%n", results.size(), HeldOutEvaluation.SEED));
        sb.append(line("generated", overall)).append(line("English label kept (baseline)", english));
        var byMethod = new TreeMap<String, TokenAgreement.Sum>();
        var byBucket = new TreeMap<Double, TokenAgreement.Sum>();
        var unknownByBucket = new TreeMap<Double, Integer>();
        var byFold = new TreeMap<Integer, TokenAgreement.Sum>();
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            byFold.computeIfAbsent(r.fold() + 1, k -> new TokenAgreement.Sum()).add(r.agreement());
            byMethod.computeIfAbsent(r.generated().method(), k -> new TokenAgreement.Sum()).add(r.agreement());
            double c = confidence[i];
            double bucket = Math.floor(c / BUCKET + 1e-9) * BUCKET;
            byBucket.computeIfAbsent(bucket, k -> new TokenAgreement.Sum()).add(r.agreement());
            unknownByBucket.merge(bucket, hasUnknownWord(r) ? 1 : 0, Integer::sum);
        }
        sb.append("By fold:\n");
        byFold.forEach((f, s) -> sb.append(line("  fold " + f, s)));
        sb.append("By method:\n");
        byMethod.forEach((m, s) -> sb.append(line("  " + m, s)));
        sb.append("By calibrated confidence bucket (confidence cross-fitted on the other folds;"
                + " u = labels with a word unknown to Dutch):\n");
        byBucket.forEach((b, s) -> sb.append(line(String.format(Locale.ROOT, "  [%.2f, %.2f) u=%d", b, b + BUCKET,
                unknownByBucket.get(b)), s)));
        sb.append("Shown at threshold (held-out labels at or above it):\n");
        for (double t : THRESHOLDS) {
            var s = new TokenAgreement.Sum();
            int unknown = 0;
            for (int i = 0; i < results.size(); i++) {
                if (confidence[i] >= t) {
                    s.add(results.get(i).agreement());
                    unknown += hasUnknownWord(results.get(i)) ? 1 : 0;
                }
            }
            sb.append(line(String.format(Locale.ROOT, "  ≥ %.2f (%.1f %% of held-out) u=%d", t,
                    100.0 * s.count() / results.size(), unknown), s));
        }
        sb.append("Calibration of the shipped quality model (regression output → expected token F1):\n")
                .append(quality.calibration());
        sb.append("Sample (English | generated | official | confidence):\n");
        for (var r : DutchLabelGeneration.sample(results, 30)) {
            sb.append(String.format(Locale.ROOT, "  %s | %s | %s | %.2f%n", r.english(), r.generated().text(),
                    r.official(), confidence[results.indexOf(r)]));
        }
        return sb.toString();
    }

    static boolean hasUnknownWord(HeldOutEvaluation.Result r) {
        return r.generated().features()[QualityFeatures.UNKNOWN_SHARE] > 0;
    }

    private static String line(String name, TokenAgreement.Sum s) {
        return String.format(Locale.ROOT, "%-40s n=%5d exact %5.1f %%  token P %.3f R %.3f F1 %.3f%n", name, s.count(),
                100 * s.exact(), s.precision(), s.recall(), s.f1());
    }

    /** True when every committed "generated.*" figure is reached within {@code maxDrop}; prints each comparison. */
    boolean holds(java.util.Properties baseline, double maxDrop) {
        boolean ok = true;
        for (Map.Entry<String, Double> e : new TreeMap<>(overall.figures("generated")).entrySet()) {
            String committed = baseline.getProperty(e.getKey());
            if (committed == null) {
                continue;
            }
            double base = Double.parseDouble(committed);
            boolean holds = e.getValue() >= base - maxDrop;
            System.out.printf(Locale.ROOT, "%s: %.4f (baseline %.4f) %s%n", e.getKey(), e.getValue(), base,
                    holds ? "ok" : "DROPPED");
            ok &= holds;
        }
        return ok;
    }

    String baselineProperties() {
        var sb = new StringBuilder("# Held-out figures of the Dutch label generator (DutchLabelGeneration generate),\n"
                + "# " + results.size() + " skills with an official Dutch label, 5 folds, seed " + HeldOutEvaluation.SEED
                + ".\n# DutchLabelGeneration check fails when a re-run drops more than "
                + DutchLabelGeneration.MAX_DROP + " below a generated.* figure.\n");
        var figures = new TreeMap<String, Double>();
        figures.putAll(overall.figures("generated"));
        figures.putAll(english.figures("english"));
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            sb.append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        return sb.toString();
    }
}
