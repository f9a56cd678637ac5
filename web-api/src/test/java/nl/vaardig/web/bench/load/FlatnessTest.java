package nl.vaardig.web.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FlatnessTest {

    private static final double[] MINUTES = {5, 10, 15, 20, 25, 30};

    @Test
    void aWobbleAroundAFlatLineIsFlat() {
        Flatness heap = Flatness.of("heap", MINUTES, new double[] {300, 320, 290, 310, 305, 300}, 0.05, 16);

        assertThat(heap.flat()).isTrue();
        assertThat(heap.mean()).isCloseTo(304.17, within(0.01));
        assertThat(heap.slopePer10Minutes()).isCloseTo(-1.43, within(0.01));
        assertThat(heap.samples()).isEqualTo(6);
    }

    @Test
    void aLeakOfTwentyMegabytesPerFiveMinutesIsNotFlat() {
        Flatness heap = Flatness.of("heap", MINUTES, new double[] {300, 320, 340, 360, 380, 400}, 0.05, 16);

        assertThat(heap.slopePer10Minutes()).isCloseTo(40, within(1e-9));
        assertThat(heap.limit()).isCloseTo(17.5, within(1e-9));
        assertThat(heap.flat()).isFalse();
        assertThat(heap.trend()).isEqualTo("rising");
    }

    @Test
    void aHeapThatSettlesAfterStartUpFallsRatherThanLeaks() {
        Flatness heap = Flatness.of("heap", MINUTES, new double[] {760, 720, 680, 640, 600, 590}, 0.05, 16);

        assertThat(heap.flat()).isFalse();
        assertThat(heap.trend()).isEqualTo("falling");
        assertThat(Flatness.of("heap", MINUTES, new double[] {600, 600, 601, 600, 600, 600}, 0.05, 16).trend()).isEqualTo("flat");
    }

    @Test
    void theFloorKeepsASmallCountFromFailingOnOneThread() {
        Flatness threads = Flatness.of("threads", MINUTES, new double[] {10, 10, 11, 11, 11, 11}, 0.05, 2);

        assertThat(threads.limit()).isEqualTo(2);
        assertThat(threads.flat()).isTrue();
        assertThat(Flatness.of("threads", MINUTES, new double[] {10, 12, 14, 16, 18, 20}, 0.05, 2).flat()).isFalse();
    }

    @Test
    void missingSamplesAreSkippedAndTooFewAreRefused() {
        Flatness rss = Flatness.of("rss", MINUTES, new double[] {Double.NaN, 500, 500, Double.NaN, 500, 500}, 0.05, 32);
        assertThat(rss.samples()).isEqualTo(4);
        assertThat(rss.slopePer10Minutes()).isZero();

        assertThatThrownBy(() -> Flatness.of("rss", MINUTES, new double[] {Double.NaN, Double.NaN, 1, Double.NaN, 2, Double.NaN},
                0.05, 32)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
    }
}
