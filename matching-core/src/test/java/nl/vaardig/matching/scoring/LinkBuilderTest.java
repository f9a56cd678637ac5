package nl.vaardig.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkBuilderTest {

    @Test
    void keepsTheBestCreditPerTargetWithTheFirstOfferThatReachedIt() {
        var b = new LinkBuilder();
        b.offer(7, 0.25, RelationKind.GROUP_SIBLING, -1);
        b.offer(3, 1.0, RelationKind.SAME, -1);
        b.offer(7, 0.5, RelationKind.SIBLING, 42);
        b.offer(7, 0.5, RelationKind.RELATED_OPTIONAL, -1);
        b.offer(9, 0.5, RelationKind.CO_OCCURS, 4);

        SkillGraph.Links links = b.build();

        assertThat(links.skill()).containsExactly(3, 7, 9);
        assertThat(links.credit()).containsExactly(1.0f, 0.5f, 0.5f);
        assertThat(links.kindAt(1)).isEqualTo(RelationKind.SIBLING);
        assertThat(links.detail()[1]).isEqualTo(42);
        assertThat(links.kindAt(2)).isEqualTo(RelationKind.CO_OCCURS);
    }

    @Test
    void oneScratchArrayServesBuilderAfterBuilder() {
        int[] slot = new int[10];
        java.util.Arrays.fill(slot, -1);
        var first = new LinkBuilder();
        first.offer(4, 0.5, RelationKind.SIBLING, 1);
        first.offer(4, 0.75, RelationKind.RELATED_ESSENTIAL, -1);
        var second = new LinkBuilder();
        second.offer(4, 0.25, RelationKind.GROUP_SIBLING, -1);
        second.offer(2, 1.0, RelationKind.SAME, -1);

        assertThat(first.build(slot).credit()).containsExactly(0.75f);
        assertThat(second.build(slot).skill()).containsExactly(2, 4);
        assertThat(slot).containsOnly(-1);
    }

    @Test
    void refusesANegativeCredit() {
        assertThatThrownBy(() -> new LinkBuilder().offer(1, -0.1, RelationKind.CO_OCCURS, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesWhatALookupPerOfferGivesOnRandomOffers() {
        var random = new Random(14);
        RelationKind[] kinds = RelationKind.values();
        for (int round = 0; round < 200; round++) {
            var b = new LinkBuilder();
            var reference = new ReferenceBuilder();
            int offers = random.nextInt(400);
            for (int i = 0; i < offers; i++) {
                int target = random.nextInt(1 + random.nextInt(60));
                double credit = random.nextInt(6) / 8.0; // few distinct credits: many ties
                RelationKind kind = kinds[random.nextInt(kinds.length)];
                int detail = random.nextInt(5) - 1;
                b.offer(target, credit, kind, detail);
                reference.offer(target, (float) credit, (byte) kind.ordinal(), detail);
            }
            SkillGraph.Links got = b.build();
            List<int[]> want = reference.build();
            assertThat(got.size()).isEqualTo(want.size());
            for (int i = 0; i < want.size(); i++) {
                int[] w = want.get(i);
                assertThat(new int[] {got.skill()[i], Float.floatToIntBits(got.credit()[i]), got.kind()[i], got.detail()[i]})
                        .as("round %d link %d", round, i).containsExactly(w);
            }
        }
    }

    /** The former builder: one scan of the links so far per offer, then a stable sort by credit. */
    private static final class ReferenceBuilder {
        private final List<int[]> links = new ArrayList<>();

        void offer(int target, float credit, byte kind, int detail) {
            for (int[] l : links) {
                if (l[0] == target) {
                    if (credit > Float.intBitsToFloat(l[1])) {
                        l[1] = Float.floatToIntBits(credit);
                        l[2] = kind;
                        l[3] = detail;
                    }
                    return;
                }
            }
            links.add(new int[] {target, Float.floatToIntBits(credit), kind, detail});
        }

        List<int[]> build() {
            var out = new ArrayList<>(links);
            out.sort(Comparator.comparing((int[] l) -> Float.intBitsToFloat(l[1])).reversed());
            return out;
        }
    }
}
