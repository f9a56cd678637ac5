package nl.vaardig.taxonomy.esco;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.vaardig.taxonomy.csv.BadRowException;
import nl.vaardig.taxonomy.csv.CsvRow;
import nl.vaardig.taxonomy.csv.RowMapper;
import nl.vaardig.taxonomy.esco.EscoRecord.BroaderRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.CollectionRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.IscoGroupRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.LabelRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.OccupationRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.OccupationSkillRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillGroupRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillHierarchyRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillSkillRecord;
import nl.vaardig.taxonomy.model.ConceptKind;
import nl.vaardig.taxonomy.model.ConceptUri;
import nl.vaardig.taxonomy.model.EscoCollection;
import nl.vaardig.taxonomy.model.IscoGroupUri;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/** Row → record for each ESCO table. Column names are those of the official ESCO v1.x CSV download. */
final class EscoRowMappers {

    private EscoRowMappers() {
    }

    static RowMapper<SkillRecord> skills(TaxonomyVersion v, Locale lang) {
        return mapper(List.of("conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels"), (row, warn) -> {
            SkillType type = SkillType.fromEsco(row.get("skillType"));
            if (type == SkillType.UNKNOWN) {
                warn.accept("empty skillType, kept as UNKNOWN");
            }
            ReuseLevel reuse = ReuseLevel.fromEsco(row.get("reuseLevel"));
            if (reuse == ReuseLevel.UNKNOWN) {
                warn.accept("empty reuseLevel, kept as UNKNOWN");
            }
            return new SkillRecord(v, new SkillUri(row.require("conceptUri")), type, reuse,
                    labels(row, lang, LabelProvenance.ESCO_OFFICIAL));
        });
    }

    static RowMapper<OccupationRecord> occupations(TaxonomyVersion v, Locale lang) {
        return mapper(List.of("conceptUri", "iscoGroup", "preferredLabel", "altLabels"), (row, warn) ->
                new OccupationRecord(v, new OccupationUri(row.require("conceptUri")), row.require("iscoGroup"),
                        row.get("code"), labels(row, lang, LabelProvenance.ESCO_OFFICIAL)));
    }

    static RowMapper<IscoGroupRecord> iscoGroups(TaxonomyVersion v, Locale lang) {
        return mapper(List.of("conceptUri", "code", "preferredLabel"), (row, warn) ->
                new IscoGroupRecord(v, new IscoGroupUri(row.require("conceptUri")), row.require("code"),
                        labels(row, lang, LabelProvenance.ESCO_OFFICIAL)));
    }

    static RowMapper<SkillGroupRecord> skillGroups(TaxonomyVersion v, Locale lang) {
        return mapper(List.of("conceptUri", "preferredLabel"), (row, warn) ->
                new SkillGroupRecord(v, new SkillGroupUri(row.require("conceptUri")), row.get("code"),
                        labels(row, lang, LabelProvenance.ESCO_OFFICIAL)));
    }

    static RowMapper<SkillHierarchyRecord> skillHierarchy(TaxonomyVersion v, Locale lang) {
        return mapper(List.of("Level 0 URI", "Level 1 URI", "Level 2 URI", "Level 3 URI"), (row, warn) -> {
            var path = new ArrayList<SkillGroupUri>(4);
            var codes = new ArrayList<String>(4);
            var terms = new ArrayList<String>(4);
            for (int level = 0; level <= 3; level++) {
                String uri = row.get("Level " + level + " URI");
                if (uri.isEmpty()) {
                    break;
                }
                path.add(new SkillGroupUri(uri));
                codes.add(row.get("Level " + level + " code"));
                terms.add(row.get("Level " + level + " preferred term"));
            }
            if (path.isEmpty()) {
                throw new BadRowException("empty Level 0 URI");
            }
            return new SkillHierarchyRecord(v, lang, path, codes, terms);
        });
    }

    /** {@code derived_skill_labels_<lang>.csv}: Dutch labels collected from the collections (derived). */
    static RowMapper<LabelRecord> derivedSkillLabels(TaxonomyVersion v, Locale lang) {
        String suffix = "_" + lang.getLanguage();
        return mapper(List.of("conceptUri", "preferredLabel" + suffix, "altLabels" + suffix), (row, warn) -> {
            var labels = new LanguageLabels(lang, row.require("preferredLabel" + suffix), row.pipes("altLabels" + suffix),
                    List.of(), row.get("description" + suffix), LabelProvenance.ESCO_DERIVED);
            return new LabelRecord(v, new SkillUri(row.require("conceptUri")), labels, row.get("source"));
        });
    }

    static RowMapper<OccupationSkillRecord> occupationSkills(TaxonomyVersion v) {
        return mapper(List.of("occupationUri", "relationType", "skillType", "skillUri"), (row, warn) -> {
            SkillType type = SkillType.fromEsco(row.get("skillType"));
            if (type == SkillType.UNKNOWN) {
                warn.accept("empty skillType on relation, kept as UNKNOWN");
            }
            return new OccupationSkillRecord(v, new OccupationUri(row.require("occupationUri")),
                    new SkillUri(row.require("skillUri")), RelationType.fromEsco(row.get("relationType")), type);
        });
    }

    static RowMapper<SkillSkillRecord> skillSkills(TaxonomyVersion v) {
        return mapper(List.of("originalSkillUri", "relationType", "relatedSkillUri"), (row, warn) ->
                new SkillSkillRecord(v, new SkillUri(row.require("originalSkillUri")),
                        new SkillUri(row.require("relatedSkillUri")), RelationType.fromEsco(row.get("relationType"))));
    }

    static RowMapper<BroaderRecord> broader(TaxonomyVersion v) {
        return mapper(List.of("conceptType", "conceptUri", "broaderType", "broaderUri"), (row, warn) ->
                new BroaderRecord(v, concept(row, "conceptType", "conceptUri"), concept(row, "broaderType", "broaderUri")));
    }

    static RowMapper<CollectionRecord> collection(TaxonomyVersion v, EscoCollection collection) {
        return mapper(List.of("conceptUri"), (row, warn) -> {
            ConceptKind kind = collection.memberKind();
            if (row.has("conceptType") && !row.get("conceptType").isEmpty()) {
                kind = ConceptKind.fromEsco(row.get("conceptType"))
                        .orElseThrow(() -> new BadRowException("unknown conceptType '" + row.get("conceptType") + "'"));
            }
            return new CollectionRecord(v, collection, ConceptUri.of(kind, row.require("conceptUri")));
        });
    }

    private static ConceptUri concept(CsvRow row, String typeColumn, String uriColumn) {
        ConceptKind kind = ConceptKind.fromEsco(row.get(typeColumn))
                .orElseThrow(() -> new BadRowException("unknown " + typeColumn + " '" + row.get(typeColumn) + "'"));
        return ConceptUri.of(kind, row.require(uriColumn));
    }

    private static LanguageLabels labels(CsvRow row, Locale lang, LabelProvenance provenance) {
        return new LanguageLabels(lang, row.require("preferredLabel"), row.lines("altLabels"), row.lines("hiddenLabels"),
                row.get("description"), provenance);
    }

    interface Body<R> {
        R map(CsvRow row, Consumer<String> warn);
    }

    private static <R> RowMapper<R> mapper(List<String> required, Body<R> body) {
        return mapper(required, 0, body);
    }

    /** A row mapper from its required columns, how many metadata records may precede the header, and its body. */
    static <R> RowMapper<R> mapper(List<String> required, int preambleLimit, Body<R> body) {
        return new RowMapper<>() {
            @Override
            public List<String> requiredColumns() {
                return required;
            }

            @Override
            public int preambleLimit() {
                return preambleLimit;
            }

            @Override
            public R map(CsvRow row, Consumer<String> warn) {
                return body.map(row, warn);
            }
        };
    }
}
