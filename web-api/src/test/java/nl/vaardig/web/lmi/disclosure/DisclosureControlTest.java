package nl.vaardig.web.lmi.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.vaardig.web.lmi.read.SimilarRegions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosure control, attacked. The attacker sees everything the API publishes for one figure — the 35 regions,
 * the national total, and the figures of any groups of regions they choose — and tries to recover a region that
 * rests on fewer than 10 people.
 */
class DisclosureControlTest {

    @Test
    void aCountOfFewerThanTenPeopleIsNeverPublished() {
        var line = DisclosureControl.protect(Map.of("AM01", 3L, "AM02", 250L, "AM03", 0L, "AM05", 40L));
        assertThat(line.part("AM01").suppressed()).isTrue();
        assertThat(line.part("AM03").value()).isZero(); // nobody: describes no one
        assertThat(DisclosureControl.single(9).suppressed()).isTrue();
        assertThat(DisclosureControl.single(10).value()).isEqualTo(10L);
    }

    @Test
    void theNationalTotalMinusThePublishedRegionsNeverRevealsOneSuppressedRegion() {
        Map<String, Long> counts = new TreeMap<>(Map.of("AM01", 3L, "AM02", 250L, "AM05", 40L, "AM06", 12L, "AM07", 90L));
        var line = DisclosureControl.protect(counts);
        // the differencing attack: national − Σ published regions
        long published = line.parts().values().stream().filter(c -> !c.suppressed()).mapToLong(DisclosureControl.Cell::value).sum();
        long residual = line.total().value() - published;
        assertThat(residual).isNotEqualTo(3L);
        assertThat(line.parts().values().stream().filter(DisclosureControl.Cell::suppressed).count()).isGreaterThanOrEqualTo(2);
        assertThat(residual).isGreaterThanOrEqualTo(DisclosureControl.THRESHOLD);
        // the complement chosen is the smallest other region, so the least information is lost
        assertThat(line.part("AM06").suppressed()).isTrue();
        assertThat(line.part("AM05").suppressed()).isFalse();
    }

    @Test
    void whenNoComplementCanCoverASmallCountTheTotalIsSuppressedToo() {
        var line = DisclosureControl.protect(Map.of("AM01", 4L, "AM02", 0L, "AM03", 0L));
        assertThat(line.part("AM01").suppressed()).isTrue();
        assertThat(line.total().suppressed()).isTrue();
        var two = DisclosureControl.protect(Map.of("AM01", 4L, "AM02", 3L));
        assertThat(two.total().suppressed()).isTrue();
    }

    @Test
    void primaryAndSecondarySuppressionLookTheSame() {
        var line = DisclosureControl.protect(Map.of("AM01", 2L, "AM02", 30L, "AM03", 500L));
        assertThat(line.part("AM01")).isEqualTo(line.part("AM02")).isEqualTo(DisclosureControl.Cell.SUPPRESSED);
    }

    /**
     * Randomised attack over thousands of lines: for every suppressed region the attacker bounds its value using
     * the national total and every published region — and the figures of self-chosen groups, which are built from
     * published regions only. No primary-suppressed region may ever be pinned to one value, and the bound never
     * falls below the threshold's protection: the residual always covers ≥ 2 regions and ≥ 10 people.
     */
    @Test
    void aRandomisedDifferencingAttackWithOverlappingGroupsNeverPinsASmallRegion() {
        Random random = new Random(8);
        int attacked = 0;
        for (int round = 0; round < 5000; round++) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int r = 1; r <= 35; r++) {
                int kind = random.nextInt(10);
                long v = kind < 3 ? random.nextInt(10) : kind < 5 ? 10 + random.nextInt(10) : random.nextInt(400);
                counts.put(String.format("AM%02d", r), v);
            }
            var line = DisclosureControl.protect(counts);
            List<String> suppressed = line.parts().entrySet().stream().filter(e -> e.getValue().suppressed()).map(Map.Entry::getKey).toList();
            // overlapping groups: {A, B, C} and {A, B} — their difference must not expose C
            List<String> regions = new ArrayList<>(counts.keySet());
            Set<String> big = new HashSet<>(regions.subList(0, 5));
            Set<String> small = new HashSet<>(regions.subList(0, 4));
            var bigGroup = SimilarRegions.sumPublished(line, big);
            var smallGroup = SimilarRegions.sumPublished(line, small);
            String c = regions.get(4);
            long difference = bigGroup.value() - smallGroup.value();
            if (line.part(c).suppressed()) {
                assertThat(difference).as("group difference for suppressed " + c).isZero();
            } else {
                assertThat(difference).isEqualTo(line.part(c).value());
            }
            if (suppressed.isEmpty() || line.total().suppressed()) {
                continue;
            }
            long published = line.parts().values().stream().filter(x -> !x.suppressed()).mapToLong(DisclosureControl.Cell::value).sum();
            long residual = line.total().value() - published;
            assertThat(suppressed).as("round " + round).hasSizeGreaterThanOrEqualTo(2);
            assertThat(residual).as("round " + round).isGreaterThanOrEqualTo(DisclosureControl.THRESHOLD);
            for (String s : suppressed) {
                long value = counts.get(s);
                if (value > 0 && value < DisclosureControl.THRESHOLD) {
                    attacked++;
                    // the attacker's tightest bound: [max(0, residual − Σ others' maximum), residual]; others are unbounded
                    // above (a suppressed cell may be a large secondary), so the lower bound is 0 and the interval is wide
                    assertThat(residual).as("residual must not equal the small region itself").isNotEqualTo(value);
                }
            }
        }
        assertThat(attacked).as("the attack was really tried").isGreaterThan(1000);
    }
}
