package nl.vaardig.taxonomy.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void rPrecisionDividesByTheSmallerOfKAndTheGoldCount() {
        List<String> ranked = List.of("a", "x", "b", "y", "z", "c");
        assertThat(RankingMetrics.rPrecisionAt(5, ranked, Set.of("a", "b"))).isEqualTo(1.0);
        assertThat(RankingMetrics.rPrecisionAt(5, ranked, Set.of("a", "b", "c"))).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(RankingMetrics.rPrecisionAt(10, ranked, Set.of("a", "b", "c"))).isEqualTo(1.0);
        assertThat(RankingMetrics.rPrecisionAt(1, ranked, Set.of("b"))).isZero();
    }
}
