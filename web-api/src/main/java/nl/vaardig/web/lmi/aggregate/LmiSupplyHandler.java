package nl.vaardig.web.lmi.aggregate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.web.lmi.LmiVocabulary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the supply aggregates from the profile events: a person counts only while they consent to statistics
 * ({@code STATISTICS}); withdrawing consent or deleting the account subtracts their contribution and — for a
 * deletion — forgets the pseudonym. Skills come from the separate supply source {@code lmi_supply_profile}.
 */
@Component
public class LmiSupplyHandler implements EventHandler {

    public static final String NAME = "vaardig.lmi-supply";

    private final JdbcTemplate jdbc;
    private final AggregateStore store;
    private final Contributions contributions;

    LmiSupplyHandler(JdbcTemplate jdbc, AggregateStore store, LmiVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.store = store;
        this.contributions = new Contributions(vocabulary::skillGroups);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.PROFILE);
    }

    /** A row of the supply source. */
    record SupplyProfile(UUID id, String region, LocalDate registeredOn, boolean consent, String occupation,
                         Set<String> skills, Set<String> wants) {
        SupplyFacts facts() {
            return consent && region != null ? new SupplyFacts(region, registeredOn, occupation, skills, wants) : null;
        }
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        var deltas = new Deltas(Contributions.SUPPLY_WIDTH);
        for (ConsumedEvent event : events) {
            switch (event.payload()) {
                case ProfileRegistered r -> {
                    SupplyProfile old = find(r.profileId());
                    SupplyProfile now = old == null
                            ? new SupplyProfile(r.profileId(), r.region(), r.registeredOn(), false, null, Set.of(), Set.of())
                            : new SupplyProfile(r.profileId(), r.region(), r.registeredOn(), old.consent(), old.occupation(), old.skills(), old.wants());
                    replace(old, now, deltas);
                }
                case ConsentChanged c -> {
                    SupplyProfile old = find(c.profileId());
                    boolean consent = c.granted().contains(ConsentChanged.Scope.STATISTICS);
                    SupplyProfile now = old == null
                            ? new SupplyProfile(c.profileId(), c.region(), LocalDate.ofInstant(event.envelope().time(), java.time.ZoneOffset.UTC),
                                    consent, null, Set.of(), Set.of())
                            : new SupplyProfile(old.id(), c.region() != null ? c.region() : old.region(), old.registeredOn(), consent,
                                    old.occupation(), old.skills(), old.wants());
                    replace(old, now, deltas);
                }
                case ProfileDeleted d -> {
                    SupplyProfile old = find(d.profileId());
                    if (old != null) {
                        deltas.addAll(contributions.supply(old.facts()), -1);
                        jdbc.update("delete from lmi_supply_profile where profile_id = ?", d.profileId());
                    }
                }
                default -> { }
            }
        }
        store.applySupply(deltas);
    }

    private void replace(SupplyProfile old, SupplyProfile now, Deltas deltas) {
        if (old != null) {
            deltas.addAll(contributions.supply(old.facts()), -1);
        }
        deltas.addAll(contributions.supply(now.facts()), 1);
        jdbc.update("""
                insert into lmi_supply_profile (profile_id, region, registered_on, statistics_consent, occupation, skills, wants_to_learn)
                values (?, ?, ?, ?, ?, ?::text[], ?::text[])
                on conflict (profile_id) do update set region = excluded.region, registered_on = excluded.registered_on,
                  statistics_consent = excluded.statistics_consent""",
                now.id(), now.region(), now.registeredOn(), now.consent(), now.occupation(),
                now.skills().toArray(String[]::new), now.wants().toArray(String[]::new));
    }

    private SupplyProfile find(UUID id) {
        List<SupplyProfile> rows = jdbc.query("select * from lmi_supply_profile where profile_id = ?",
                (rs, n) -> row(rs), id);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static SupplyProfile row(ResultSet rs) throws SQLException {
        return new SupplyProfile(rs.getObject("profile_id", UUID.class), rs.getString("region"),
                rs.getObject("registered_on", LocalDate.class), rs.getBoolean("statistics_consent"),
                rs.getString("occupation"), strings(rs.getArray("skills")), strings(rs.getArray("wants_to_learn")));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(java.util.Arrays.asList((String[]) array.getArray()));
    }
}
