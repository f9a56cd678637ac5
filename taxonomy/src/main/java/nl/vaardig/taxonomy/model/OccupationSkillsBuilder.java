package nl.vaardig.taxonomy.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The occupation → skill part of {@link Taxonomy.Builder}: essential and optional skills of each occupation, in
 * both directions, and the specificity of each skill that follows from them.
 */
final class OccupationSkillsBuilder {
    private final List<Link> links = new ArrayList<>();

    void add(OccupationUri occupation, SkillUri skill, RelationType type) {
        links.add(new Link(occupation, skill, type));
    }

    OccupationSkills build(Concepts concepts, List<String> issues) {
        int occupations = concepts.occupations().length;
        int skills = concepts.skills().length;
        var occEss = new IntLists(occupations);
        var occOpt = new IntLists(occupations);
        var skEss = new IntLists(skills);
        var skOpt = new IntLists(skills);
        for (Link rel : links) {
            Integer o = concepts.occupationIndex().get(rel.occupation());
            Integer s = concepts.skillIndex().get(rel.skill());
            if (o == null || s == null) {
                issues.add("occupation-skill relation to an unknown concept left out: " + rel.occupation() + " -> " + rel.skill());
                continue;
            }
            (rel.type() == RelationType.ESSENTIAL ? occEss : occOpt).add(o, s);
            (rel.type() == RelationType.ESSENTIAL ? skEss : skOpt).add(s, o);
        }
        return new OccupationSkills(occEss.toArrays(), occOpt.toArrays(), skEss.toArrays(), skOpt.toArrays());
    }

    private record Link(OccupationUri occupation, SkillUri skill, RelationType type) {
    }

    /** Skill ordinals per occupation ordinal and occupation ordinals per skill ordinal, sorted. */
    record OccupationSkills(int[][] essential, int[][] optional, int[][] essentialFor, int[][] optionalFor) {

        /** IDF-like: a skill needed by few occupations says more about a match than one needed by all. */
        float[] specificity() {
            var out = new float[essentialFor.length];
            double n = essential.length;
            for (int i = 0; i < out.length; i++) {
                int df = essentialFor[i].length + optionalFor[i].length;
                out[i] = (float) Math.log((n + 1.0) / (df + 1.0));
            }
            return out;
        }
    }
}
