package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    @Test
    void bucketMeansBecomeConfidencesAndNeverFallAsTheScoreRises() {
        var points = new ArrayList<Calibration.Point>();
        for (int i = 0; i < 10; i++) {
            points.add(new Calibration.Point(0.1, 0.2));  // low scores, F1 0.2
            points.add(new Calibration.Point(0.5, 0.6));  // middle scores, F1 0.6 ...
            points.add(new Calibration.Point(0.6, 0.4));  // ... but a little higher scores do worse: pooled
            points.add(new Calibration.Point(0.9, 0.9));
        }
        var c = Calibration.fit(points, 4);

        assertThat(c.confidence(0.0)).isCloseTo(0.2, within(1e-9));
        assertThat(c.confidence(0.5)).isCloseTo(0.5, within(1e-9));
        assertThat(c.confidence(0.6)).isCloseTo(0.5, within(1e-9));
        assertThat(c.confidence(0.95)).isCloseTo(0.9, within(1e-9));
    }
}
