package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Head-noun frames from hand-aligned pairs: used only when Dutch mostly puts that head first. */
class HeadFramesTest {

    /** "X laws" ↔ "wetten inzake X": laws → wetten, X → its Dutch, "inzake" unaligned. */
    private static void learnLawsFrame(HeadFrames frames, String english, String dutch) {
        frames.learn(List.of(english, "laws"), List.of("wetten", "inzake", dutch),
                Alignment.symmetrise(new int[]{1, -1, 0}, new int[]{2, 0}, 2, 3));
    }

    /** "X care" ↔ "X+ zorg": the head stays last, inside a compound. */
    private static void learnCompound(HeadFrames frames, String english, String dutchPart) {
        frames.learn(List.of(english, "care"), List.of(dutchPart + LabelTokens.JOIN, "zorg"),
                Alignment.symmetrise(new int[]{0, 1}, new int[]{0, 1}, 2, 2));
    }

    @Test
    void aHeadThatDutchPutsFirstThreeTimesGetsItsFrame() {
        var frames = new HeadFrames();
        learnLawsFrame(frames, "minerals", "mineralen");
        learnLawsFrame(frames, "water", "water");
        learnLawsFrame(frames, "tax", "belasting");

        var frame = frames.best("laws").orElseThrow();

        assertThat(frame.before()).containsExactly("wetten", "inzake");
        assertThat(frame.after()).isEmpty();
        assertThat(frame.share()).isEqualTo(1.0);
    }

    @Test
    void twoObservationsAreNotEnough() {
        var frames = new HeadFrames();
        learnLawsFrame(frames, "minerals", "mineralen");
        learnLawsFrame(frames, "water", "water");

        assertThat(frames.best("laws")).isEmpty();
    }

    @Test
    void aHeadThatDutchMostlyCompoundsKeepsTheOrdinaryTranslation() {
        var frames = new HeadFrames();
        for (String[] pair : new String[][]{{"wound", "wond"}, {"foot", "voet"}, {"skin", "huid"}, {"hair", "haar"}}) {
            learnCompound(frames, pair[0], pair[1]);
        }
        frames.learn(List.of("elderly", "care"), List.of("zorg", "voor", "ouderen"),
                Alignment.symmetrise(new int[]{1, -1, 0}, new int[]{2, 0}, 2, 3));
        frames.learn(List.of("patient", "care"), List.of("zorg", "voor", "patiënten"),
                Alignment.symmetrise(new int[]{1, -1, 0}, new int[]{2, 0}, 2, 3));
        frames.learn(List.of("child", "care"), List.of("zorg", "voor", "kinderen"),
                Alignment.symmetrise(new int[]{1, -1, 0}, new int[]{2, 0}, 2, 3));

        assertThat(frames.best("care")).isEmpty();
        assertThat(frames.best("unknown")).isEmpty();
    }
}
