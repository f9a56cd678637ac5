package nl.vaardig.web.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import nl.vaardig.ingest.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Proof that the event pipeline has nothing in flight, instead of a pause that hopes so: the outbox is empty and
 * every consumer group with members has committed up to the end of each partition assigned to it, so no record can
 * be delivered (or redelivered) to a group any more. The matching index's worker reads without a group (it rebuilds
 * on start); a test that counts its writes sends fence records through it after its own.
 */
final class PipelineFence {

    private PipelineFence() {
    }

    static void awaitDrained(KafkaClients clients, JdbcClient jdbc, Duration atMost) {
        try (Admin admin = clients.admin()) {
            await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> outboxEmpty(jdbc) && groupsCaughtUp(admin));
        }
    }

    private static boolean outboxEmpty(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_outbox").query(Long.class).single() == 0;
    }

    private static boolean groupsCaughtUp(Admin admin) throws ExecutionException, InterruptedException {
        List<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream()
                .filter(group -> group.groupState().filter(state -> state != GroupState.EMPTY && state != GroupState.DEAD).isPresent())
                .map(GroupListing::groupId).toList();
        for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all().get().values()) {
            if (group.members().isEmpty()) {
                continue; // left since the listing: nobody reads for it any more
            }
            if (group.groupState() != GroupState.STABLE) {
                return false; // partitions being handed over
            }
            Map<TopicPartition, OffsetSpec> assigned = new HashMap<>();
            group.members().forEach(member -> member.assignment().topicPartitions()
                    .forEach(partition -> assigned.put(partition, OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            var ends = admin.listOffsets(assigned).all().get();
            for (TopicPartition partition : assigned.keySet()) {
                OffsetAndMetadata offset = committed.get(partition);
                if ((offset == null ? 0 : offset.offset()) < ends.get(partition).offset()) {
                    return false;
                }
            }
        }
        return true;
    }
}
