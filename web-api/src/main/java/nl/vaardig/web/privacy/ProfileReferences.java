package nl.vaardig.web.privacy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of other features that point at a profile ({@code profile_id} foreign key to {@code candidate_profile}),
 * found from the database catalogue rather than from a list in code: a table another feature adds (invitations,
 * coach notes, proposals …) is in the export without this class knowing it, and erasure removes it by cascade.
 */
@Component
class ProfileReferences {

    /** Tables the export shows in their own sections, with their own vocabulary. */
    static final Set<String> OWN_SECTIONS = Set.of("candidate_skill", "candidate_consent", "audit_entry", "seeker_badge");

    /** Columns never exported, whatever table they are in (credentials are not "data about me" to hand out). */
    private static final Pattern SECRET_COLUMN = Pattern.compile("(?i).*(password|passwd|hash|secret|token|salt).*");

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ProfileReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tables of this schema with a single-column {@code profile_id} foreign key to {@code candidate_profile}. */
    List<String> referencingTables() {
        return jdbc.sql("""
                        select distinct fk.table_name
                        from information_schema.referential_constraints rc
                        join information_schema.key_column_usage fk
                          on fk.constraint_schema = rc.constraint_schema and fk.constraint_name = rc.constraint_name
                        join information_schema.key_column_usage pk
                          on pk.constraint_schema = rc.unique_constraint_schema and pk.constraint_name = rc.unique_constraint_name
                        where fk.table_schema = current_schema() and fk.column_name = 'profile_id'
                          and pk.table_name = 'candidate_profile' and pk.column_name = 'id'
                        order by fk.table_name""")
                .query(String.class).list();
    }

    /** Every other feature's rows about the profile, per table, in export form (section name → rows). */
    Map<String, List<Map<String, Object>>> rowsOf(UUID profileId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        for (String table : referencingTables()) {
            if (OWN_SECTIONS.contains(table)) {
                continue;
            }
            List<Map<String, Object>> rows = jdbc.sql("select * from " + quoted(table) + " where profile_id = ?")
                    .param(profileId).query((rs, n) -> row(rs)).list();
            sections.put(sectionName(table), rows);
        }
        return sections;
    }

    /** {@code coach_note} → {@code coachNote}: a JSON-LD term in the export's vocabulary. */
    static String sectionName(String table) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : table.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static boolean exported(String column) {
        return !column.equalsIgnoreCase("profile_id") && !SECRET_COLUMN.matcher(column).matches();
    }

    private Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnName(i);
            if (exported(column)) {
                row.put(sectionName(column), value(rs.getObject(i)));
            }
        }
        return row;
    }

    private Object value(Object raw) throws SQLException {
        return switch (raw) {
            case null -> null;
            case Timestamp t -> t.toInstant().toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            case UUID u -> u.toString();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Array a -> {
                List<Object> items = new ArrayList<>();
                for (Object o : (Object[]) a.getArray()) {
                    items.add(value(o));
                }
                yield items;
            }
            case PGobject pg when pg.getType() != null && pg.getType().startsWith("json") && pg.getValue() != null ->
                    json.readTree(pg.getValue());
            case PGobject pg -> pg.getValue();
            case Number n -> n;
            case Boolean b -> b;
            default -> raw.toString();
        };
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
