package nl.vaardig.web.vacancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The feed upsert's parameters ({@link VacancyRepository#upsertFeed}), one array per column, filled with exactly
 * as many rows as it was made for. Typed arrays ({@code String[]}, {@code Integer[]}, {@code Double[]}) go to the
 * server in PostgreSQL's binary array format; the {@code Object[]} arrays used before (issue 16, round 15) were
 * written by the driver as quoted, escaped array literals and parsed back by the server. Ids and dates travel as
 * text and are cast in the statement: the driver has no binary array form for them.
 */
final class FeedUpsertColumns {
    private final String[] ids;
    private final String[] employers;
    private final String[] titles;
    private final String[] descriptions;
    private final String[] regions;
    private final String[] gemeenten;
    private final Double[] latitudes;
    private final Double[] longitudes;
    private final Integer[] hoursMin;
    private final Integer[] hoursMax;
    private final String[] contractTypes;
    private final String[] occupations;
    private final String[] iscos;
    private final String[] skills;
    private final String[] validFrom;
    private final String[] validUntil;
    private final String[] sources;
    private final String[] externalIds;
    private int size;

    FeedUpsertColumns(int capacity) {
        ids = new String[capacity];
        employers = new String[capacity];
        titles = new String[capacity];
        descriptions = new String[capacity];
        regions = new String[capacity];
        gemeenten = new String[capacity];
        latitudes = new Double[capacity];
        longitudes = new Double[capacity];
        hoursMin = new Integer[capacity];
        hoursMax = new Integer[capacity];
        contractTypes = new String[capacity];
        occupations = new String[capacity];
        iscos = new String[capacity];
        skills = new String[capacity];
        validFrom = new String[capacity];
        validUntil = new String[capacity];
        sources = new String[capacity];
        externalIds = new String[capacity];
    }

    void add(VacancyRow r) {
        int i = size++;
        ids[i] = r.id().toString();
        employers[i] = r.employer();
        titles[i] = r.title();
        descriptions[i] = r.description();
        regions[i] = r.region();
        gemeenten[i] = r.gemeente();
        latitudes[i] = r.latitude();
        longitudes[i] = r.longitude();
        hoursMin[i] = r.hoursMin();
        hoursMax[i] = r.hoursMax();
        contractTypes[i] = r.contractType();
        occupations[i] = r.occupationUri();
        iscos[i] = r.isco();
        skills[i] = r.skillsJson();
        validFrom[i] = r.validFrom().toString();
        validUntil[i] = r.validUntil().toString();
        sources[i] = r.source();
        externalIds[i] = r.externalId();
    }

    void bind(Connection con, PreparedStatement ps) throws SQLException {
        int p = 1;
        for (String[] column : List.of(ids, employers, titles, descriptions, regions, gemeenten)) {
            ps.setArray(p++, con.createArrayOf("text", column));
        }
        ps.setArray(p++, con.createArrayOf("float8", latitudes));
        ps.setArray(p++, con.createArrayOf("float8", longitudes));
        ps.setArray(p++, con.createArrayOf("int4", hoursMin));
        ps.setArray(p++, con.createArrayOf("int4", hoursMax));
        for (String[] column : List.of(contractTypes, occupations, iscos, skills, validFrom, validUntil, sources,
                externalIds)) {
            ps.setArray(p++, con.createArrayOf("text", column));
        }
    }
}
