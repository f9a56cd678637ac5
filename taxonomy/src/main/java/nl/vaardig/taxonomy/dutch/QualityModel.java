package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.List;

/**
 * Confidence of a generated label = its expected token F1 against an official label: a ridge regression of held-out
 * token F1 on the {@link QualityFeatures}, then {@link Calibration} of the regression's output on the same held-out
 * translations (so the number means what it says on held-out data).
 */
final class QualityModel {

    private static final double RIDGE = 1e-3;
    /** Calibration buckets: 20 of 280–350 held-out labels, fine enough to place the display threshold. */
    private static final int BUCKETS = 20;

    private final double[] weights;
    private final Calibration calibration;

    private QualityModel(double[] weights, Calibration calibration) {
        this.weights = weights;
        this.calibration = calibration;
    }

    record Example(double[] features, double f1) {
    }

    static QualityModel fit(List<Example> examples) {
        int d = QualityFeatures.COUNT + 1;
        double[][] a = new double[d][d + 1];
        for (Example e : examples) {
            double[] x = withBias(e.features());
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    a[i][j] += x[i] * x[j];
                }
                a[i][d] += x[i] * e.f1();
            }
        }
        for (int i = 0; i < d; i++) {
            a[i][i] += RIDGE * examples.size();
        }
        double[] w = solve(a);
        var points = new ArrayList<Calibration.Point>(examples.size());
        for (Example e : examples) {
            points.add(new Calibration.Point(dot(w, withBias(e.features())), e.f1()));
        }
        return new QualityModel(w, Calibration.fit(points, BUCKETS));
    }

    double confidence(double[] features) {
        return calibration.confidence(dot(weights, withBias(features)));
    }

    Calibration calibration() {
        return calibration;
    }

    private static double[] withBias(double[] features) {
        double[] x = new double[features.length + 1];
        x[0] = 1;
        System.arraycopy(features, 0, x, 1, features.length);
        return x;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** Gauss-Jordan elimination with partial pivoting on an augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != c && a[c][c] != 0) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
        }
        return w;
    }
}
