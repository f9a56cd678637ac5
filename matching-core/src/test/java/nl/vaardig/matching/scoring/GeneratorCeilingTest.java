package nl.vaardig.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class GeneratorCeilingTest {

    @Test
    void exactTiesCountAsARandomOrderAndRanksBeyondTenCountNothing() {
        assertThat(GeneratorCeiling.expectedReciprocalRank(new double[] {0.5, 0.9, 0.1}, 0)).isEqualTo(0.5);
        // tied with one other, nothing above: rank 1 or 2, each half the time
        assertThat(GeneratorCeiling.expectedReciprocalRank(new double[] {0.5, 0.5, 0.1}, 0)).isEqualTo(0.75);
        double[] tenAbove = new double[12];
        java.util.Arrays.fill(tenAbove, 1.0);
        tenAbove[0] = 0.5;
        tenAbove[11] = 0.0;
        assertThat(GeneratorCeiling.expectedReciprocalRank(tenAbove, 0)).isZero();
    }

    @Test
    void keepingIntegratesTheKeptShare() {
        double[] q = GeneratorCeiling.grid(0.4, 0.8);
        assertThat(GeneratorCeiling.keep(0, 0, q)).isZero();
        // one essential skill of one: held with probability mean(q) * (1 - r) = 0.6 * 0.8
        assertThat(Math.exp(GeneratorCeiling.keep(1, 0, q))).isCloseTo(0.48, within(1e-9));
        assertThat(Math.exp(GeneratorCeiling.keep(0, 1, q))).isCloseTo(0.52, within(1e-9));
    }

    @Test
    void ofTwoOccupationsAskingTheHeldSkillsTheSmallerIsLikelierAndAHeldSkillOutweighsASize() {
        int[][] noNeighbours = new int[10][0];
        double nu = 0.25 * 3 / 1000.0;
        double[] qe = GeneratorCeiling.grid(0.4, 0.8);
        double[] qo = GeneratorCeiling.grid(0.0, 0.4);
        int[] held = {0, 1, 2};
        BitSet small = bits(0, 1, 2, 3);
        BitSet larger = bits(0, 1, 2, 3, 4);
        BitSet missesOne = bits(0, 1, 5);
        double lSmall = GeneratorCeiling.logLikelihood(held, small, new BitSet(), noNeighbours, nu, qe, qo);
        double lLarger = GeneratorCeiling.logLikelihood(held, larger, new BitSet(), noNeighbours, nu, qe, qo);
        double lMisses = GeneratorCeiling.logLikelihood(held, missesOne, new BitSet(), noNeighbours, nu, qe, qo);
        assertThat(lSmall).isGreaterThan(lLarger);
        assertThat(lLarger).isGreaterThan(lMisses);
    }

    private static BitSet bits(int... on) {
        var b = new BitSet();
        for (int i : on) {
            b.set(i);
        }
        return b;
    }
}
