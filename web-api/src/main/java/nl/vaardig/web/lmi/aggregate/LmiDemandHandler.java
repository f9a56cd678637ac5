package nl.vaardig.web.lmi.aggregate;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.VacancyChanged;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.web.lmi.LmiVocabulary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the demand aggregates from the vacancy events, exactly once per event (shared group, ids claimed in the
 * same transaction). Each vacancy's last contribution is stored, so a change or closure subtracts exactly what was
 * added before and adds the new contribution; an event whose version is not newer changes nothing.
 */
@Component
public class LmiDemandHandler implements EventHandler {

    public static final String NAME = "vaardig.lmi-demand";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final JsonMapper JSON = EnvelopeCodec.mapper();

    private final JdbcTemplate jdbc;
    private final AggregateStore store;
    private final Contributions contributions;

    LmiDemandHandler(JdbcTemplate jdbc, AggregateStore store, LmiVocabulary vocabulary) {
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
        return Set.of(Topic.VACANCY);
    }

    private record Stored(long version, DemandFacts facts) {
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        Map<UUID, Stored> states = load(events);
        var deltas = new Deltas(Contributions.DEMAND_WIDTH);
        var changed = new HashMap<UUID, Stored>();
        for (ConsumedEvent event : events) {
            switch (event.payload()) {
                case VacancyPublished p -> apply(p.vacancy(), day(event), states, changed, deltas);
                case VacancyChanged c -> apply(c.vacancy(), day(event), states, changed, deltas);
                case VacancyClosed c -> {
                    Stored old = states.get(c.vacancyId());
                    if (old != null && c.version() > old.version()) {
                        LocalDate closedOn = day(event);
                        DemandFacts f = old.facts();
                        LocalDate until = closedOn.isBefore(f.openUntil()) ? closedOn : f.openUntil();
                        Stored now = new Stored(c.version(), new DemandFacts(f.region(), f.openFrom(), until,
                                f.occupation(), f.isco(), f.skills()));
                        replace(c.vacancyId(), old, now, states, changed, deltas);
                    }
                }
                default -> { }
            }
        }
        store.applyDemand(deltas);
        save(changed);
    }

    private static LocalDate day(ConsumedEvent event) {
        return LocalDate.ofInstant(event.envelope().time(), AMSTERDAM);
    }

    private void apply(VacancyState v, LocalDate eventDay, Map<UUID, Stored> states, Map<UUID, Stored> changed, Deltas deltas) {
        LocalDate closedOn = "CLOSED".equals(v.status()) ? eventDay : null;
        Stored old = states.get(v.vacancyId());
        if (old != null && v.version() <= old.version()) {
            return; // an older or repeated state: the newer one is already counted
        }
        replace(v.vacancyId(), old, new Stored(v.version(), DemandFacts.of(v, closedOn)), states, changed, deltas);
    }

    private void replace(UUID id, Stored old, Stored now, Map<UUID, Stored> states, Map<UUID, Stored> changed, Deltas deltas) {
        if (old != null) {
            deltas.addAll(contributions.demand(old.facts()), -1);
        }
        deltas.addAll(contributions.demand(now.facts()), 1);
        states.put(id, now);
        changed.put(id, now);
    }

    private Map<UUID, Stored> load(List<ConsumedEvent> events) {
        var ids = new ArrayList<UUID>();
        for (ConsumedEvent e : events) {
            switch (e.payload()) {
                case VacancyPublished p -> ids.add(p.vacancy().vacancyId());
                case VacancyChanged c -> ids.add(c.vacancy().vacancyId());
                case VacancyClosed c -> ids.add(c.vacancyId());
                default -> { }
            }
        }
        var out = new HashMap<UUID, Stored>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query("select vacancy_id, version, region, open_from, open_until, occupation, isco, skills::text as skills "
                        + "from lmi_vacancy_state where vacancy_id = any(?)",
                rs -> {
                    List<DemandFacts.Required> skills = JSON.readValue(rs.getString("skills"), new TypeReference<>() { });
                    out.put(rs.getObject("vacancy_id", UUID.class), new Stored(rs.getLong("version"),
                            new DemandFacts(rs.getString("region"), rs.getObject("open_from", LocalDate.class),
                                    rs.getObject("open_until", LocalDate.class), rs.getString("occupation"),
                                    rs.getString("isco"), skills)));
                }, (Object) ids.toArray(UUID[]::new));
        return out;
    }

    /** Each vacancy's new contribution, one statement per batch (rows in id order: concurrent batches lock alike). */
    private void save(Map<UUID, Stored> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<Map.Entry<UUID, Stored>> rows = changed.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = con.prepareStatement("""
                    insert into lmi_vacancy_state (vacancy_id, version, region, open_from, open_until, occupation, isco, skills)
                    select id, version, region, open_from, open_until, occupation, isco, skills::jsonb
                    from unnest(?::uuid[], ?::bigint[], ?::text[], ?::date[], ?::date[], ?::text[], ?::text[], ?::text[])
                      as t(id, version, region, open_from, open_until, occupation, isco, skills)
                    on conflict (vacancy_id) do update set version = excluded.version, region = excluded.region,
                      open_from = excluded.open_from, open_until = excluded.open_until, occupation = excluded.occupation,
                      isco = excluded.isco, skills = excluded.skills""")) {
                ps.setArray(1, con.createArrayOf("uuid", rows.stream().map(Map.Entry::getKey).toArray()));
                ps.setArray(2, con.createArrayOf("int8", rows.stream().map(e -> e.getValue().version()).toArray()));
                ps.setArray(3, con.createArrayOf("text", rows.stream().map(e -> e.getValue().facts().region()).toArray()));
                ps.setArray(4, con.createArrayOf("date", rows.stream().map(e -> Date.valueOf(e.getValue().facts().openFrom())).toArray()));
                ps.setArray(5, con.createArrayOf("date", rows.stream().map(e -> Date.valueOf(e.getValue().facts().openUntil())).toArray()));
                ps.setArray(6, con.createArrayOf("text", rows.stream().map(e -> e.getValue().facts().occupation()).toArray()));
                ps.setArray(7, con.createArrayOf("text", rows.stream().map(e -> e.getValue().facts().isco()).toArray()));
                ps.setArray(8, con.createArrayOf("text", rows.stream().map(e -> JSON.writeValueAsString(e.getValue().facts().skills())).toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }
}
