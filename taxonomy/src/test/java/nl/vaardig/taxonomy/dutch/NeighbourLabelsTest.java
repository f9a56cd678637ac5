package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** How much of a generated label's wording the official labels of the skills around it use. */
class NeighbourLabelsTest {

    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/bakker";
    private static final EscoParallelData DATA = new EscoParallelData(Map.of(), Map.of(), Map.of(), List.of(),
            List.of(), Set.of(), Map.of(),
            Map.of("skill/bake", List.of(OCCUPATION), "skill/knead", List.of(OCCUPATION),
                    "skill/sell", List.of(OCCUPATION)),
            Map.of("skill/bake", Set.of("skill/knead")));

    @Test
    void sharesOfTheGeneratedWordsInSiblingCoNeededAndAnyOfficialLabels() {
        var labels = new NeighbourLabels(DATA, Map.of("skill/knead", "deeg kneden", "skill/sell", "brood verkopen",
                "skill/other", "oven schoonmaken"));

        double[] shares = labels.shares("skill/bake", "brood in de oven bakken");

        // words of three letters or more: brood, oven, bakken
        assertThat(shares[0]).as("sibling labels (deeg kneden)").isZero();
        assertThat(shares[1]).as("co-needed labels (deeg kneden, brood verkopen)").isCloseTo(1.0 / 3, offset(1e-9));
        // "brood" in 1 of the 2 co-needed skills: 1/2 × 20, capped at 1
        assertThat(shares[2]).isCloseTo(1.0 / 3, offset(1e-9));
        assertThat(shares[3]).as("any official label: brood, oven").isCloseTo(2.0 / 3, offset(1e-9));
        assertThat(labels.shares("skill/bake", "deeg bakken")[0]).isCloseTo(0.5, offset(1e-9));
    }

    @Test
    void aSkillsOwnOfficialLabelNeverCountsForIt() {
        var labels = new NeighbourLabels(DATA, Map.of("skill/bake", "brood bakken"));

        assertThat(labels.shares("skill/bake", "brood bakken")).containsOnly(0.0);
        assertThat(labels.shares("skill/sell", "brood verkopen")[3]).isCloseTo(0.5, offset(1e-9));
    }

    @Test
    void aLabelWithoutAWordOfThreeLettersHasNoShares() {
        var labels = new NeighbourLabels(DATA, Map.of("skill/knead", "deeg kneden"));

        assertThat(labels.shares("skill/bake", "IT")).containsExactly(0, 0, 0, 0);
    }
}
