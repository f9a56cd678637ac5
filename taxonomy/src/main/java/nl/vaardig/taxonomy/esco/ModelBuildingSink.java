package nl.vaardig.taxonomy.esco;

import java.util.List;
import nl.vaardig.taxonomy.esco.EscoRecord.BroaderRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.CollectionRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.IscoGroupRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.LabelRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.OccupationRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.OccupationSkillRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillGroupRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillHierarchyRecord;
import java.util.Locale;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.model.ConceptUri;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillSkillRecord;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/** Builds the in-memory {@link Taxonomy} from importer records. Concept facts of the first language seen win. */
public final class ModelBuildingSink implements EscoRecordSink {

    private static final Locale DUTCH = Locale.of("nl");

    private final Taxonomy.Builder builder;
    private final java.util.Set<Object> conceptsSeen = new java.util.HashSet<>();
    private final java.util.Map<SkillGroupUri, String> hierarchyOnly = new java.util.LinkedHashMap<>();

    public ModelBuildingSink(TaxonomyVersion version) {
        this.builder = Taxonomy.builder(version);
    }

    @Override
    public void skills(List<SkillRecord> batch) {
        for (SkillRecord r : batch) {
            concept(r.uri(), r.labels(), () -> builder.skill(r.uri(), r.type(), r.reuseLevel()));
        }
    }

    @Override
    public void occupations(List<OccupationRecord> batch) {
        for (OccupationRecord r : batch) {
            concept(r.uri(), r.labels(), () -> builder.occupation(r.uri(), r.iscoCode(), r.code()));
        }
    }

    @Override
    public void iscoGroups(List<IscoGroupRecord> batch) {
        for (IscoGroupRecord r : batch) {
            concept(r.uri(), r.labels(), () -> builder.iscoGroup(r.uri(), r.code()));
        }
    }

    @Override
    public void skillGroups(List<SkillGroupRecord> batch) {
        for (SkillGroupRecord r : batch) {
            concept(r.uri(), r.labels(), () -> builder.skillGroup(r.uri(), r.code()));
        }
    }

    /** A concept record of one language file: its facts count from the first file that names it, its labels from each. */
    private void concept(ConceptUri uri, LanguageLabels labels, Runnable defineFacts) {
        if (conceptsSeen.add(uri)) {
            defineFacts.run();
        }
        builder.labels(uri, labels);
    }

    /**
     * The hierarchy names some groups that {@code skillGroups_<lang>.csv} lacks; they are added from here (with
     * the hierarchy's term as label) so that the broader relations through them stay connected.
     */
    @Override
    public void skillHierarchy(List<SkillHierarchyRecord> batch) {
        for (SkillHierarchyRecord r : batch) {
            for (int i = 0; i < r.path().size(); i++) {
                var uri = r.path().get(i);
                String term = r.terms().get(i);
                if (!hierarchyOnly.containsKey(uri) && !conceptsSeen.contains(uri)) {
                    hierarchyOnly.put(uri, r.codes().get(i));
                }
                if (hierarchyOnly.containsKey(uri) && !term.isEmpty()) {
                    builder.labels(uri, LanguageLabels.of(r.language(), term));
                }
            }
        }
    }

    @Override
    public void labels(List<LabelRecord> batch) {
        for (LabelRecord r : batch) {
            builder.labels(r.uri(), r.labels());
        }
    }

    @Override
    public void occupationSkillRelations(List<OccupationSkillRecord> batch) {
        for (OccupationSkillRecord r : batch) {
            builder.occupationSkill(r.occupation(), r.skill(), r.relation());
        }
    }

    @Override
    public void skillSkillRelations(List<SkillSkillRecord> batch) {
        for (SkillSkillRecord r : batch) {
            builder.skillSkill(r.from(), r.to(), r.relation());
        }
    }

    @Override
    public void broaderRelations(List<BroaderRecord> batch) {
        for (BroaderRecord r : batch) {
            builder.broader(r.narrower(), r.broader());
        }
    }

    @Override
    public void collectionMembers(List<CollectionRecord> batch) {
        for (CollectionRecord r : batch) {
            builder.inCollection(r.collection(), r.member());
        }
    }

    /** The official Dutch preferred label of the skill, and the VDAB competence's label as a weighted alternative. */
    @Override
    public void competenceMappings(List<EscoRecord.CompetenceMappingRecord> batch) {
        for (EscoRecord.CompetenceMappingRecord r : batch) {
            builder.labels(r.skill(), new LanguageLabels(DUTCH, r.officialDutchLabel(), List.of(), List.of(), "",
                    LabelProvenance.ESCO_OFFICIAL), LabelSource.ESCO_CROSSWALK);
            if (!r.competenceLabel().isEmpty()) {
                LabelSource source = LabelSource.vdab(r.relation());
                builder.vocabulary(r.skill(), new SourcedLabel(r.competenceLabel(), DUTCH, source, source.weight(),
                        r.competenceId()));
            }
        }
    }

    /** Dutch national titles become weighted Dutch surface forms of the occupation (not its displayed label). */
    @Override
    public void nationalTitles(List<EscoRecord.NationalTitleRecord> batch) {
        for (EscoRecord.NationalTitleRecord r : batch) {
            LabelSource source = LabelSource.dutchNoc(r.relation());
            builder.vocabulary(r.target(), new SourcedLabel(r.title(), DUTCH, source, source.weight(), r.nationalId()));
        }
    }

    /**
     * Generated Dutch labels for skills that have no Dutch label: only those at or above the generator's justified
     * confidence ({@link GeneratedDutchLabels#shown}), with provenance GENERATED (shown as "bron: afgeleid"). They never
     * replace an official or collected label, so an operator's {@code skills_nl.csv} still decides.
     */
    public void generatedLabels(GeneratedDutchLabels generated) {
        generated.all().forEach((skill, label) -> {
            if (GeneratedDutchLabels.shown(label)) {
                builder.labels(skill, new LanguageLabels(DUTCH, label.text(), List.of(), List.of(), "",
                        LabelProvenance.GENERATED));
            }
        });
    }

    public Taxonomy build() {
        hierarchyOnly.forEach((uri, code) -> {
            if (!conceptsSeen.contains(uri)) {
                builder.skillGroup(uri, code);
            }
        });
        return builder.build();
    }
}
