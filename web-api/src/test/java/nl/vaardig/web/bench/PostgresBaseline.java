package nl.vaardig.web.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL baseline of the matching benchmark: the candidate stage of the matcher in SQL, in two of the
 * fastest shapes we found, followed by the same exact rescoring and explanations in Java as the Lucene engine.
 * <ul>
 *   <li>{@link Shape#ARRAYS}: one row per vacancy with {@code skills int[]} (GIN index, {@code &&} overlap) and the
 *   per-skill weight shares in a parallel {@code real[]}; the candidate score is summed over {@code unnest}.</li>
 *   <li>{@link Shape#POSTINGS}: one row per (skill, vacancy) in a covering B-tree
 *   {@code (skill, region, vacancy) INCLUDE (share, valid_from, valid_until)}, read index-only and aggregated
 *   with {@code GROUP BY}, i.e. a hand-made inverted index.</li>
 * </ul>
 * Both compute exactly the candidate score the Lucene query computes (feature weight × share + bonus per skill),
 * without Lucene's 16-bit feature quantisation and without pruning, then take the same number of candidates.
 */
final class PostgresBaseline {

    enum Shape { ARRAYS, POSTINGS }

    private final Connection connection;
    private final SkillGraph graph;
    private final MatchScorer scorer;

    PostgresBaseline(Connection connection, SkillGraph graph) {
        this.connection = connection;
        this.graph = graph;
        this.scorer = new MatchScorer(graph);
    }

    void createSchema() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("drop table if exists vacancy_postings");
            st.execute("drop table if exists vacancy_arrays");
            st.execute("create table vacancy_arrays (id int primary key, uuid uuid not null, region text not null,"
                    + " valid_from date not null, valid_until date not null, skills int[] not null, shares real[] not null,"
                    + " requirements int[] not null)");
            st.execute("create table vacancy_postings (skill int not null, region text not null, vacancy int not null,"
                    + " share real not null, valid_from date not null, valid_until date not null)");
        }
    }

    /** Streams the vacancies into two CSV files and loads them with COPY (the fastest bulk path). */
    long load(Iterable<Vacancy> vacancies, Path work) throws IOException, SQLException {
        Path arrays = work.resolve("vacancy_arrays.csv");
        Path postings = work.resolve("vacancy_postings.csv");
        long n = 0;
        try (BufferedWriter a = Files.newBufferedWriter(arrays, StandardCharsets.UTF_8);
             BufferedWriter p = Files.newBufferedWriter(postings, StandardCharsets.UTF_8)) {
            for (Vacancy v : vacancies) {
                Requirements r = scorer.requirements(v.skills());
                double total = scorer.requirementWeight(r);
                var skills = new StringBuilder("{");
                var shares = new StringBuilder("{");
                for (int i = 0; i < r.size(); i++) {
                    int s = r.skills()[i];
                    float share = (float) (graph.requirementWeight(s, r.essential()[i]) / total);
                    if (i > 0) {
                        skills.append(',');
                        shares.append(',');
                    }
                    skills.append(s);
                    shares.append(share);
                    p.append(Integer.toString(s)).append(',').append(v.region().value()).append(',').append(Long.toString(n))
                            .append(',').append(Float.toString(share)).append(',').append(v.validity().from().toString())
                            .append(',').append(v.validity().until().toString()).append('\n');
                }
                var packed = new StringBuilder("{");
                int[] pk = r.packed();
                for (int i = 0; i < pk.length; i++) {
                    packed.append(i > 0 ? "," : "").append(pk[i]);
                }
                a.append(Long.toString(n)).append(',').append(v.id().toString()).append(',').append(v.region().value())
                        .append(',').append(v.validity().from().toString()).append(',').append(v.validity().until().toString())
                        .append(",\"").append(skills).append("}\",\"").append(shares).append("}\",\"").append(packed).append("}\"\n");
                n++;
            }
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Reader in = Files.newBufferedReader(arrays, StandardCharsets.UTF_8)) {
            copy.copyIn("copy vacancy_arrays from stdin with (format csv)", in);
        }
        try (Reader in = Files.newBufferedReader(postings, StandardCharsets.UTF_8)) {
            copy.copyIn("copy vacancy_postings from stdin with (format csv)", in);
        }
        Files.delete(arrays);
        Files.delete(postings);
        return n;
    }

    void createIndexes() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("set maintenance_work_mem = '512MB'");
            st.execute("create index vacancy_arrays_skills on vacancy_arrays using gin (skills)");
            st.execute("create index vacancy_postings_skill on vacancy_postings (skill, region, vacancy)"
                    + " include (share, valid_from, valid_until)");
            // index-only scans need an up-to-date visibility map; statistics for the planner
            st.execute("vacuum analyze vacancy_arrays");
            st.execute("vacuum analyze vacancy_postings");
        }
    }

    /** Session settings a tuned deployment would use for this query shape on two cores. */
    void tuneSession() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("set work_mem = '256MB'");
            st.execute("set jit = off");
            st.execute("set max_parallel_workers_per_gather = 2");
            st.execute("set random_page_cost = 1.1");
        }
    }

    private static final String ARRAYS_SQL = """
            with q(s, w, b) as (select * from unnest(?::int[], ?::real[], ?::real[]))
            select v.id, v.uuid, v.requirements,
                   (select sum(q.w * u.share + q.b) from unnest(v.skills, v.shares) as u(s, share) join q on q.s = u.s) as score
            from vacancy_arrays v
            where v.skills && ?::int[] and v.valid_from <= ? and v.valid_until >= ?
            order by score desc
            limit ?""";

    private static final String POSTINGS_SQL = """
            with q(s, w, b) as (select * from unnest(?::int[], ?::real[], ?::real[])),
            top as (
              select p.vacancy, sum(q.w * p.share + q.b) as score
              from q join vacancy_postings p on p.skill = q.s
              where p.valid_from <= ? and p.valid_until >= ?%s
              group by p.vacancy
              order by score desc
              limit ?)
            select v.id, v.uuid, v.requirements, top.score from top join vacancy_arrays v on v.id = top.vacancy""";

    /** The postings shape restricted to one region: the (skill, region, …) index answers it as a prefix range. */
    private static final String POSTINGS_ALL_SQL = POSTINGS_SQL.formatted("");
    private static final String POSTINGS_REGION_SQL = POSTINGS_SQL.formatted(" and p.region = ?");

    /** A hit of the baseline: the vacancy's index-free id, and its exact, explained score. */
    record Hit(String uuid, double score, Explanation explanation) {
    }

    List<Hit> match(Shape shape, PreparedProfile profile, MatchingEngine.CandidateTerms terms, LocalDate today,
                    int candidates, int topN) throws SQLException {
        return match(shape, profile, terms, today, null, candidates, topN);
    }

    /** As above, only vacancies in {@code region} when it is not null (postings shape only). */
    List<Hit> match(Shape shape, PreparedProfile profile, MatchingEngine.CandidateTerms terms, LocalDate today,
                    String region, int candidates, int topN) throws SQLException {
        if (region != null && shape != Shape.POSTINGS) {
            throw new IllegalArgumentException("the region-filtered baseline is the postings shape");
        }
        Integer[] skills = new Integer[terms.skills().length];
        Float[] weights = new Float[skills.length];
        Float[] bonus = new Float[skills.length];
        for (int i = 0; i < skills.length; i++) {
            skills[i] = terms.skills()[i];
            weights[i] = terms.featureWeight()[i];
            bonus[i] = terms.bonus()[i];
        }
        var sqlDate = java.sql.Date.valueOf(today);
        try (PreparedStatement ps = connection.prepareStatement(shape == Shape.ARRAYS ? ARRAYS_SQL
                : region == null ? POSTINGS_ALL_SQL : POSTINGS_REGION_SQL)) {
            Array sArr = connection.createArrayOf("int4", skills);
            ps.setArray(1, sArr);
            ps.setArray(2, connection.createArrayOf("float4", weights));
            ps.setArray(3, connection.createArrayOf("float4", bonus));
            if (shape == Shape.ARRAYS) {
                ps.setArray(4, sArr);
                ps.setDate(5, sqlDate);
                ps.setDate(6, sqlDate);
                ps.setInt(7, candidates);
            } else {
                int i = 4;
                ps.setDate(i++, sqlDate);
                ps.setDate(i++, sqlDate);
                if (region != null) {
                    ps.setString(i++, region);
                }
                ps.setInt(i, candidates);
            }
            var scored = new ArrayList<Hit>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer[] packed = (Integer[]) rs.getArray(3).getArray();
                    int[] p = new int[packed.length];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = packed[i];
                    }
                    Requirements r = Requirements.unpack(p, p.length);
                    scored.add(new Hit(rs.getString(2), scorer.score(profile, r), null));
                    requirementsOf.put(rs.getString(2), r);
                }
            }
            scored.sort(java.util.Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::uuid));
            var out = new ArrayList<Hit>();
            for (Hit h : scored.subList(0, Math.min(topN, scored.size()))) {
                Explanation e = scorer.explain(profile, requirementsOf.get(h.uuid()), Locale.of("nl"));
                out.add(new Hit(h.uuid(), e.score(), e));
            }
            requirementsOf.clear();
            return out;
        }
    }

    private final java.util.Map<String, Requirements> requirementsOf = new java.util.HashMap<>();

    MatchScorer scorer() {
        return scorer;
    }
}
