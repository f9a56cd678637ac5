package nl.vaardig.ingest.event;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionPartitioningTest {

    @Test
    void everyArbeidsmarktregioHasAPartitionOfItsOwn() {
        java.util.Set<Integer> partitions = new java.util.HashSet<>();
        for (int region = 1; region <= 35; region++) {
            partitions.add(RegionPartitioning.partitionFor(String.format(java.util.Locale.ROOT, "AM%02d", region), "k", 40));
        }
        assertThat(partitions).hasSize(35);
        assertThat(RegionPartitioning.partitionFor("AM18", "anything", 40)).isEqualTo(17);
    }

    @Test
    void theKeyDoesNotMoveARegionalEventToAnotherPartition() {
        assertThat(RegionPartitioning.partitionFor("AM22", "a", 40)).isEqualTo(RegionPartitioning.partitionFor("AM22", "b", 40));
    }

    @Test
    void withFewerPartitionsRegionsShareThemPredictably() {
        assertThat(RegionPartitioning.partitionFor("AM18", "k", 4)).isEqualTo(1);
    }

    @Test
    void nationalEventsSpreadByKeyLikeKafkasDefault() {
        int partition = RegionPartitioning.partitionFor(null, "profile-1", 40);
        assertThat(partition).isBetween(0, 39).isEqualTo(RegionPartitioning.partitionFor(null, "profile-1", 40));
    }
}
