package nl.vaardig.web.vacancy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The vacancy table. Rows ↔ domain records here and nowhere else. */
@Repository
class VacancyRepository {

    private static final String COLUMNS = "id, employer, title, description, region, gemeente, latitude, longitude, "
            + "hours_min, hours_max, contract_type, occupation_uri, isco, skills::text, valid_from, valid_until, status, "
            + "source, external_id, version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json = EnvelopeCodec.mapper();

    VacancyRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Published vacancies for these occupations open on {@code day}, per occupation URI; one region or all. */
    Map<String, Integer> openPerOccupation(Collection<String> occupations, String region, LocalDate day) {
        Map<String, Integer> counts = new HashMap<>();
        String sql = "select occupation_uri, count(*) from vacancy where status = 'PUBLISHED' and occupation_uri = any(?) "
                + "and valid_from <= ? and valid_until >= ?" + (region == null ? "" : " and region = ?") + " group by occupation_uri";
        List<Object> params = new ArrayList<>(List.of(occupations.toArray(String[]::new), Date.valueOf(day), Date.valueOf(day)));
        if (region != null) {
            params.add(region);
        }
        jdbc.sql(sql).params(params).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    Optional<VacancyPosting> find(VacancyId id) {
        return jdbc.sql("select " + COLUMNS + " from vacancy where id = ?").param(id.value())
                .query(VacancyRepository::row).optional().map(this::toDomain);
    }

    void insert(VacancyPosting vacancy) {
        VacancyRow r = toRow(vacancy);
        jdbc.sql("insert into vacancy (id, employer, title, description, region, gemeente, latitude, longitude, hours_min, "
                        + "hours_max, contract_type, occupation_uri, isco, skills, valid_from, valid_until, status, source, "
                        + "external_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.employer(), r.title(), r.description(), r.region(), r.gemeente(), r.latitude(),
                        r.longitude(), r.hoursMin(), r.hoursMax(), r.contractType(), r.occupationUri(), r.isco(),
                        r.skillsJson(), r.validFrom(), r.validUntil(), r.status(), r.source(), r.externalId(), r.version())
                .update();
    }

    /** Writes the new state if the stored version is still {@code vacancy.version() - 1}. */
    boolean update(VacancyPosting vacancy) {
        VacancyRow r = toRow(vacancy);
        return jdbc.sql("update vacancy set employer = ?, title = ?, description = ?, region = ?, gemeente = ?, latitude = ?, "
                        + "longitude = ?, hours_min = ?, hours_max = ?, contract_type = ?, occupation_uri = ?, isco = ?, "
                        + "skills = ?::jsonb, valid_from = ?, valid_until = ?, status = ?, version = ?, updated_at = now() "
                        + "where id = ? and version = ?")
                .params(r.employer(), r.title(), r.description(), r.region(), r.gemeente(), r.latitude(), r.longitude(),
                        r.hoursMin(), r.hoursMax(), r.contractType(), r.occupationUri(), r.isco(), r.skillsJson(),
                        r.validFrom(), r.validUntil(), r.status(), r.version(), r.id(), r.version() - 1)
                .update() == 1;
    }

    /** Outcome of upserting one feed vacancy. */
    enum UpsertOutcome { INSERTED, UPDATED, UNCHANGED }

    record Upserted(VacancyPosting vacancy, UpsertOutcome outcome) {
    }

    /**
     * Inserts or updates feed vacancies by {@code (source, external_id)} in one statement. A record equal to what is
     * stored changes nothing (no new version, no event). The given ids are used for new rows only. At most one
     * entry per (source, external id).
     */
    List<Upserted> upsertFeed(List<VacancyPosting> vacancies) {
        if (vacancies.isEmpty()) {
            return List.of();
        }
        FeedUpsertColumns columns = new FeedUpsertColumns(vacancies.size());
        Map<String, Map<String, VacancyPosting>> bySource = new HashMap<>();
        for (VacancyPosting v : vacancies) {
            VacancyRow r = toRow(v);
            columns.add(r);
            bySource.computeIfAbsent(r.source(), s -> new HashMap<>()).put(r.externalId(), v);
        }
        List<Upserted> result = new ArrayList<>(vacancies.size());
        template.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("""
                    insert into vacancy (id, employer, title, description, region, gemeente, latitude, longitude, hours_min,
                        hours_max, contract_type, occupation_uri, isco, skills, valid_from, valid_until, status, source,
                        external_id, version)
                    select id::uuid, employer, title, description, region, gemeente, latitude, longitude, hours_min, hours_max,
                        contract_type, occupation_uri, isco, skills::jsonb, valid_from::date, valid_until::date, 'PUBLISHED',
                        source, external_id, 1
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[],
                        ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        as t(id, employer, title, description, region, gemeente, latitude, longitude, hours_min, hours_max,
                        contract_type, occupation_uri, isco, skills, valid_from, valid_until, source, external_id)
                    on conflict (source, external_id) do update set employer = excluded.employer, title = excluded.title,
                        description = excluded.description, region = excluded.region, gemeente = excluded.gemeente,
                        latitude = excluded.latitude, longitude = excluded.longitude, hours_min = excluded.hours_min,
                        hours_max = excluded.hours_max, contract_type = excluded.contract_type,
                        occupation_uri = excluded.occupation_uri, isco = excluded.isco, skills = excluded.skills,
                        valid_from = excluded.valid_from, valid_until = excluded.valid_until, status = 'PUBLISHED',
                        version = vacancy.version + 1, updated_at = now()
                    where (vacancy.employer, vacancy.title, vacancy.description, vacancy.region, vacancy.gemeente,
                        vacancy.latitude, vacancy.longitude, vacancy.hours_min, vacancy.hours_max, vacancy.contract_type,
                        vacancy.occupation_uri, vacancy.isco, vacancy.skills, vacancy.valid_from, vacancy.valid_until,
                        vacancy.status)
                        is distinct from (excluded.employer, excluded.title, excluded.description, excluded.region,
                        excluded.gemeente, excluded.latitude, excluded.longitude, excluded.hours_min, excluded.hours_max,
                        excluded.contract_type, excluded.occupation_uri, excluded.isco, excluded.skills,
                        excluded.valid_from, excluded.valid_until, 'PUBLISHED')
                    returning id, source, external_id, version, (xmax = 0) as inserted
                    """)) {
                columns.bind(con, ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        VacancyPosting given = bySource.get(rs.getString(2)).get(rs.getString(3));
                        VacancyPosting stored = new VacancyPosting(new VacancyId(rs.getObject(1, UUID.class)), given.content(),
                                VacancyStatus.PUBLISHED, given.source(), rs.getLong(4));
                        result.add(new Upserted(stored, rs.getBoolean(5) ? UpsertOutcome.INSERTED : UpsertOutcome.UPDATED));
                    }
                }
            }
            return null;
        });
        return result;
    }

    /**
     * Inserts feed vacancies whose {@code (source, external_id)} is not stored yet and leaves every stored row as it
     * is (closed, edited or otherwise): for seeding, which must never overwrite what a user changed. Returns the
     * vacancies it inserted.
     */
    List<VacancyPosting> insertFeedIfAbsent(List<VacancyPosting> vacancies) {
        if (vacancies.isEmpty()) {
            return List.of();
        }
        List<VacancyRow> rows = vacancies.stream().map(this::toRow).toList();
        int[][] counts = template.batchUpdate("""
                insert into vacancy (id, employer, title, description, region, gemeente, latitude, longitude, hours_min,
                    hours_max, contract_type, occupation_uri, isco, skills, valid_from, valid_until, status, source,
                    external_id, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
                on conflict (source, external_id) do nothing
                """, rows, rows.size(), (ps, r) -> {
            Object[] values = {r.id(), r.employer(), r.title(), r.description(), r.region(), r.gemeente(), r.latitude(),
                    r.longitude(), r.hoursMin(), r.hoursMax(), r.contractType(), r.occupationUri(), r.isco(),
                    r.skillsJson(), r.validFrom(), r.validUntil(), r.status(), r.source(), r.externalId(), r.version()};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
        });
        List<VacancyPosting> inserted = new ArrayList<>();
        for (int i = 0; i < counts[0].length; i++) {
            if (counts[0][i] > 0) {
                inserted.add(vacancies.get(i));
            }
        }
        return inserted;
    }

    /** Every published vacancy, streamed (for rebuilding derived stores such as the matching index). */
    void forEachPublished(Consumer<VacancyPosting> sink) {
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement("select " + COLUMNS + " from vacancy where status = 'PUBLISHED'");
            ps.setFetchSize(2000);
            return ps;
        }, rs -> {
            sink.accept(toDomain(row(rs, 0)));
        });
    }

    /** The vacancies with these ids (unknown ids are left out), in no particular order. */
    List<VacancyPosting> findAll(java.util.Collection<VacancyId> ids) {
        return byIds(COLUMNS, ids, (rs, n) -> toDomain(row(rs, n)));
    }

    /** Title and employer of the vacancies with these ids (unknown ids are left out), in no particular order. */
    List<VacancyHeadline> headlines(java.util.Collection<VacancyId> ids) {
        return byIds("id, title, employer", ids,
                (rs, n) -> new VacancyHeadline(new VacancyId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3)));
    }

    /** One statement for all the ids: {@code columns} of each row that exists, read by {@code read}. */
    private <T> List<T> byIds(String columns, java.util.Collection<VacancyId> ids,
                              RowMapper<T> read) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(VacancyId::value).toArray(UUID[]::new);
        return template.query(con -> {
            PreparedStatement ps = con.prepareStatement("select " + columns + " from vacancy where id = any(?)");
            ps.setArray(1, con.createArrayOf("uuid", values));
            return ps;
        }, read);
    }

    /** One employer organisation's vacancies, newest validity first. */
    List<VacancyPosting> listByEmployer(String employer, int limit) {
        return jdbc.sql("select " + COLUMNS + " from vacancy where employer = ? order by valid_from desc, title limit ?")
                .params(employer, limit).query(VacancyRepository::row).list().stream().map(this::toDomain).toList();
    }

    long count() {
        return jdbc.sql("select count(*) from vacancy").query(Long.class).single();
    }


    private static VacancyRow row(ResultSet rs, int rowNum) throws SQLException {
        return new VacancyRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getInt(9),
                rs.getInt(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getObject(15, java.time.LocalDate.class), rs.getObject(16, java.time.LocalDate.class),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getLong(20));
    }

    VacancyRow toRow(VacancyPosting v) {
        VacancyDraft c = v.content();
        GeoPoint point = c.location() == null ? null : c.location().point();
        return new VacancyRow(v.id().value(), c.employer(), c.title(), c.description(), c.region().value(),
                c.location() == null ? null : c.location().gemeente(), point == null ? null : point.latitude(),
                point == null ? null : point.longitude(), c.hours().min(), c.hours().max(), c.contract().name(),
                c.occupation() == null ? null : c.occupation().value(), c.isco() == null ? null : c.isco().value(),
                skillsJson(c.skills()), c.validity().from(), c.validity().until(), v.status().name(),
                v.source().tag(), v.source().externalId(), v.version());
    }

    /**
     * The skills column, {@code [{uri, essential, evidence}]}, written straight into a string: a JSON generator per
     * row (or a tree before it, until issue 16 round 15) cost the feed upsert more than the rest of a row's encoding.
     */
    static String skillsJson(List<RequiredSkill> skills) {
        StringBuilder out = new StringBuilder(2 + 96 * skills.size()).append('[');
        for (RequiredSkill s : skills) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"uri\":");
            jsonString(out, s.skill().value());
            out.append(",\"essential\":").append(s.essential());
            if (s.evidence() != null) {
                out.append(",\"evidence\":");
                jsonString(out, s.evidence());
            }
            out.append('}');
        }
        return out.append(']').toString();
    }

    /** A JSON string literal: quote, backslash and control characters escaped (RFC 8259 §7), the rest as it is. */
    private static void jsonString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    VacancyPosting toDomain(VacancyRow r) {
        List<RequiredSkill> skills = new ArrayList<>();
        for (JsonNode s : json.readTree(r.skillsJson())) {
            skills.add(new RequiredSkill(new SkillUri(s.get("uri").asString()), s.get("essential").asBoolean(),
                    s.has("evidence") ? s.get("evidence").asString() : null));
        }
        WorkLocation location = r.gemeente() == null && r.latitude() == null ? null
                : new WorkLocation(r.gemeente(), r.latitude() == null ? null : new GeoPoint(r.latitude(), r.longitude()));
        VacancyDraft content = new VacancyDraft(r.employer(), r.title(), r.description(), new AmrCode(r.region()),
                location, new HoursPerWeek(r.hoursMin(), r.hoursMax()), ContractType.valueOf(r.contractType()),
                r.occupationUri() == null ? null : new OccupationUri(r.occupationUri()),
                r.isco() == null ? null : new IscoCode(r.isco()), skills, new ValidityPeriod(r.validFrom(), r.validUntil()));
        return new VacancyPosting(new VacancyId(r.id()), content, VacancyStatus.valueOf(r.status()),
                VacancySource.of(r.source(), r.externalId()), r.version());
    }
}
