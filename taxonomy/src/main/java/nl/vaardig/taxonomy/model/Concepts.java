package nl.vaardig.taxonomy.model;

import java.util.Map;

/**
 * The concepts of a {@link Taxonomy} that have labels, skills and occupations by dense ordinal, built by
 * {@link ConceptsBuilder}. The relation parts refer to skills and occupations by these ordinals.
 */
record Concepts(Skill[] skills, Occupation[] occupations, Map<SkillUri, Integer> skillIndex,
                Map<OccupationUri, Integer> occupationIndex, Map<SkillGroupUri, SkillGroup> skillGroups,
                Map<IscoGroupUri, IscoGroup> iscoGroups, Map<String, IscoGroup> iscoByCode) {
}
