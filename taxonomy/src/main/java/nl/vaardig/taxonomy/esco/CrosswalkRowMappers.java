package nl.vaardig.taxonomy.esco;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.csv.BadRowException;
import nl.vaardig.taxonomy.csv.CsvRow;
import nl.vaardig.taxonomy.csv.RowMapper;
import nl.vaardig.taxonomy.esco.EscoRecord.CompetenceMappingRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.NationalTitleRecord;
import nl.vaardig.taxonomy.model.ConceptUri;
import nl.vaardig.taxonomy.model.IscoGroupUri;
import nl.vaardig.taxonomy.model.MappingRelation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/**
 * Row → record for the two national crosswalks the ESCO portal publishes (ESCO ↔ VDAB competences, ESCO ↔ Dutch
 * NOC occupations). Both files open with a block of metadata lines before the header row, which the loader skips
 * ({@link RowMapper#preambleLimit()}); a row that repeats an earlier mapping is bad ("duplicate of line N"), so the
 * count of accepted rows is the count of distinct mappings.
 */
final class CrosswalkRowMappers {

    static final String COMPETENCES_FILE = "esco_vdab_competences_nl.csv";
    static final String NATIONAL_TITLES_FILE = "esco_dutch_noc_occupations_nl.csv";

    /** The published files have 18 lines before the header; leave room for a longer block. */
    private static final int PREAMBLE_LIMIT = 40;
    private static final String ESCO = "http://data.europa.eu/esco/";
    private static final String SKILL_URI_PREFIX = ESCO + "skill/";

    private CrosswalkRowMappers() {
    }

    static RowMapper<CompetenceMappingRecord> competences(TaxonomyVersion v) {
        var seen = new HashMap<String, Long>();
        return EscoRowMappers.mapper(List.of("Classification 1 URI", "Classification 1 PrefLabel", "Classification 2 ID",
                "Classification 2 PrefLabel NL", "Mapping Relation"), PREAMBLE_LIMIT, (row, warn) -> {
            SkillUri skill = skillUri(row);
            String competence = row.get("Classification 2 ID");
            rejectDuplicate(seen, skill.value() + ' ' + competence, row);
            String label = row.get("Classification 2 PrefLabel NL");
            if (label.isEmpty()) {
                warn.accept("no Dutch label for competence " + competence + "; only the ESCO label is used");
            }
            return new CompetenceMappingRecord(v, skill, row.require("Classification 1 PrefLabel"), competence, label,
                    relation(row, "Mapping Relation"));
        });
    }

    static RowMapper<NationalTitleRecord> nationalTitles(TaxonomyVersion v) {
        var seen = new HashMap<String, Long>();
        return EscoRowMappers.mapper(List.of("Classification 1 URI", "Classification 2 ID", "Classification 2 PrefLabel",
                "Mapping relation"), PREAMBLE_LIMIT, (row, warn) -> {
            ConceptUri target = occupationOrIscoGroup(row.require("Classification 1 URI"));
            String id = row.require("Classification 2 ID");
            rejectDuplicate(seen, target.value() + ' ' + id, row);
            return new NationalTitleRecord(v, target, id, row.require("Classification 2 PrefLabel"),
                    relation(row, "Mapping relation"));
        });
    }

    /** The full URI from {@code Classification 1 URL}, else built from the UUID in {@code Classification 1 URI}. */
    private static SkillUri skillUri(CsvRow row) {
        String url = row.get("Classification 1 URL");
        if (!url.isEmpty()) {
            return new SkillUri(url);
        }
        String id = row.require("Classification 1 URI");
        return new SkillUri(id.startsWith("http") ? id : SKILL_URI_PREFIX + id.toLowerCase(Locale.ROOT));
    }

    private static ConceptUri occupationOrIscoGroup(String uri) {
        if (uri.startsWith(ESCO + "occupation/")) {
            return new OccupationUri(uri);
        }
        if (uri.startsWith(ESCO + "isco/")) {
            return new IscoGroupUri(uri);
        }
        throw new BadRowException("not an ESCO occupation or ISCO group URI: '" + uri + "'");
    }

    private static MappingRelation relation(CsvRow row, String column) {
        try {
            return MappingRelation.fromSkos(row.require(column));
        } catch (IllegalArgumentException e) {
            throw new BadRowException(e.getMessage());
        }
    }

    private static void rejectDuplicate(Map<String, Long> seen, String key, CsvRow row) {
        Long first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            throw new BadRowException("duplicate of line " + first);
        }
    }
}
