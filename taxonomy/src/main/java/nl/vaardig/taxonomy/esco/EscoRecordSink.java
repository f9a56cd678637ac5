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
import nl.vaardig.taxonomy.esco.EscoRecord.SkillRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillSkillRecord;

/**
 * Where the {@link EscoImporter} delivers accepted records, in batches. Implement only what you store: every
 * method defaults to ignoring its batch. The in-memory model is built by {@link ModelBuildingSink}; web-api writes
 * the same batches to PostgreSQL. Batches arrive in file order on the importing thread.
 */
public interface EscoRecordSink {

    default void skills(List<SkillRecord> batch) {
    }

    default void occupations(List<OccupationRecord> batch) {
    }

    default void iscoGroups(List<IscoGroupRecord> batch) {
    }

    default void skillGroups(List<SkillGroupRecord> batch) {
    }

    default void skillHierarchy(List<SkillHierarchyRecord> batch) {
    }

    default void labels(List<LabelRecord> batch) {
    }

    default void occupationSkillRelations(List<OccupationSkillRecord> batch) {
    }

    default void skillSkillRelations(List<SkillSkillRecord> batch) {
    }

    default void broaderRelations(List<BroaderRecord> batch) {
    }

    default void collectionMembers(List<CollectionRecord> batch) {
    }

    default void competenceMappings(List<EscoRecord.CompetenceMappingRecord> batch) {
    }

    default void nationalTitles(List<EscoRecord.NationalTitleRecord> batch) {
    }

    /** Sends every batch to each sink in turn. */
    static EscoRecordSink all(EscoRecordSink... sinks) {
        List<EscoRecordSink> list = List.of(sinks);
        return new EscoRecordSink() {
            @Override public void skills(List<SkillRecord> b) { list.forEach(s -> s.skills(b)); }
            @Override public void occupations(List<OccupationRecord> b) { list.forEach(s -> s.occupations(b)); }
            @Override public void iscoGroups(List<IscoGroupRecord> b) { list.forEach(s -> s.iscoGroups(b)); }
            @Override public void skillGroups(List<SkillGroupRecord> b) { list.forEach(s -> s.skillGroups(b)); }
            @Override public void skillHierarchy(List<SkillHierarchyRecord> b) { list.forEach(s -> s.skillHierarchy(b)); }
            @Override public void labels(List<LabelRecord> b) { list.forEach(s -> s.labels(b)); }
            @Override public void occupationSkillRelations(List<OccupationSkillRecord> b) { list.forEach(s -> s.occupationSkillRelations(b)); }
            @Override public void skillSkillRelations(List<SkillSkillRecord> b) { list.forEach(s -> s.skillSkillRelations(b)); }
            @Override public void broaderRelations(List<BroaderRecord> b) { list.forEach(s -> s.broaderRelations(b)); }
            @Override public void collectionMembers(List<CollectionRecord> b) { list.forEach(s -> s.collectionMembers(b)); }
            @Override public void competenceMappings(List<EscoRecord.CompetenceMappingRecord> b) { list.forEach(s -> s.competenceMappings(b)); }
            @Override public void nationalTitles(List<EscoRecord.NationalTitleRecord> b) { list.forEach(s -> s.nationalTitles(b)); }
        };
    }
}
