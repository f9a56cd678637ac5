package nl.vaardig.taxonomy.esco;

import java.util.List;
import java.util.Objects;
import nl.vaardig.taxonomy.model.ConceptUri;
import nl.vaardig.taxonomy.model.EscoCollection;
import nl.vaardig.taxonomy.model.IscoGroupUri;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.MappingRelation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/**
 * The records the ESCO importer produces, one per accepted CSV row. These are the transport shape handed to an
 * {@link EscoRecordSink} (the in-memory model, or PostgreSQL in web-api); each carries the taxonomy version.
 */
public sealed interface EscoRecord {

    TaxonomyVersion version();

    /** A skill concept from {@code skills_<lang>.csv}, with its labels in that file's language. */
    record SkillRecord(TaxonomyVersion version, SkillUri uri, SkillType type, ReuseLevel reuseLevel,
                       LanguageLabels labels) implements EscoRecord {
        public SkillRecord {
            requireAll(version, uri, type, reuseLevel, labels);
        }
    }

    /** An occupation from {@code occupations_<lang>.csv}; {@code iscoCode} is its 4-digit ISCO unit group. */
    record OccupationRecord(TaxonomyVersion version, OccupationUri uri, String iscoCode, String code,
                            LanguageLabels labels) implements EscoRecord {
        public OccupationRecord {
            requireAll(version, uri, labels);
            if (iscoCode == null || !iscoCode.matches("[0-9]{1,4}")) {
                throw new IllegalArgumentException("iscoGroup must be 1-4 digits, was '" + iscoCode + "'");
            }
            code = code == null ? "" : code;
        }
    }

    record IscoGroupRecord(TaxonomyVersion version, IscoGroupUri uri, String code, LanguageLabels labels)
            implements EscoRecord {
        public IscoGroupRecord {
            requireAll(version, uri, labels);
            if (code == null || !code.matches("[0-9]{1,4}")) {
                throw new IllegalArgumentException("ISCO code must be 1-4 digits, was '" + code + "'");
            }
        }
    }

    record SkillGroupRecord(TaxonomyVersion version, SkillGroupUri uri, String code, LanguageLabels labels)
            implements EscoRecord {
        public SkillGroupRecord {
            requireAll(version, uri, labels);
            code = code == null ? "" : code;
        }
    }

    /**
     * One row of {@code skillsHierarchy_<lang>.csv}: the path from a level-0 group down to level 1–3, with the
     * groups' codes and preferred terms in {@code language}. (In v1.1.1 a few groups appear only here and in the
     * broader relations, not in {@code skillGroups_<lang>.csv}.)
     */
    record SkillHierarchyRecord(TaxonomyVersion version, java.util.Locale language, List<SkillGroupUri> path,
                                List<String> codes, List<String> terms) implements EscoRecord {
        public SkillHierarchyRecord {
            requireAll(version, language);
            path = List.copyOf(path);
            codes = List.copyOf(codes);
            terms = List.copyOf(terms);
            if (path.isEmpty() || path.size() > 4) {
                throw new IllegalArgumentException("hierarchy path must have 1-4 levels, had " + path.size());
            }
            if (codes.size() != path.size() || terms.size() != path.size()) {
                throw new IllegalArgumentException("hierarchy path, codes and terms must have the same length");
            }
        }
    }

    /**
     * Labels for a concept in one language without the concept's facts: e.g. the derived Dutch skill labels
     * ({@code derived_skill_labels_nl.csv}, provenance {@code ESCO_DERIVED}).
     */
    record LabelRecord(TaxonomyVersion version, ConceptUri uri, LanguageLabels labels, String source)
            implements EscoRecord {
        public LabelRecord {
            requireAll(version, uri, labels);
            source = source == null ? "" : source;
        }
    }

    /**
     * One row of the ESCO ↔ VDAB competence crosswalk: the official ESCO Dutch preferred label of a skill, and a
     * VDAB Competent competence (id, Flemish-Dutch label, may be empty) mapped to it with a SKOS relation.
     */
    record CompetenceMappingRecord(TaxonomyVersion version, SkillUri skill, String officialDutchLabel,
                                   String competenceId, String competenceLabel, MappingRelation relation)
            implements EscoRecord {
        public CompetenceMappingRecord {
            requireAll(version, skill, relation);
            if (officialDutchLabel == null || officialDutchLabel.isBlank()) {
                throw new IllegalArgumentException("the official Dutch label must not be blank");
            }
            officialDutchLabel = officialDutchLabel.strip();
            competenceId = competenceId == null ? "" : competenceId.strip();
            competenceLabel = competenceLabel == null ? "" : competenceLabel.strip();
        }
    }

    /**
     * One row of the ESCO ↔ Dutch NOC crosswalk: a Dutch national occupation title mapped to an ESCO occupation, or
     * (for 154 rows of the published table) to an ISCO group.
     */
    record NationalTitleRecord(TaxonomyVersion version, ConceptUri target, String nationalId, String title,
                               MappingRelation relation) implements EscoRecord {
        public NationalTitleRecord {
            requireAll(version, target, relation);
            if (!(target instanceof OccupationUri || target instanceof IscoGroupUri)) {
                throw new IllegalArgumentException("a national title maps to an occupation or ISCO group, not " + target.kind());
            }
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("the national title must not be blank");
            }
            title = title.strip();
            nationalId = nationalId == null ? "" : nationalId.strip();
        }
    }

    /** {@code skillType} is what the relation file states; {@code UNKNOWN} where it is empty. */
    record OccupationSkillRecord(TaxonomyVersion version, OccupationUri occupation, SkillUri skill,
                                 RelationType relation, SkillType skillType) implements EscoRecord {
        public OccupationSkillRecord {
            requireAll(version, occupation, skill, relation, skillType);
        }
    }

    record SkillSkillRecord(TaxonomyVersion version, SkillUri from, SkillUri to, RelationType relation)
            implements EscoRecord {
        public SkillSkillRecord {
            requireAll(version, from, to, relation);
        }
    }

    /** A broader relation of either pillar: skill/skill group, or occupation/ISCO group. */
    record BroaderRecord(TaxonomyVersion version, ConceptUri narrower, ConceptUri broader) implements EscoRecord {
        public BroaderRecord {
            requireAll(version, narrower, broader);
        }
    }

    record CollectionRecord(TaxonomyVersion version, EscoCollection collection, ConceptUri member)
            implements EscoRecord {
        public CollectionRecord {
            requireAll(version, collection, member);
            if (member.kind() != collection.memberKind()) {
                throw new IllegalArgumentException(collection + " holds " + collection.memberKind() + ", not " + member.kind());
            }
        }
    }

    private static void requireAll(Object... values) {
        for (Object v : values) {
            Objects.requireNonNull(v, "record field");
        }
    }
}
