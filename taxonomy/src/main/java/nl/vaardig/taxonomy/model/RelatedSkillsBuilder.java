package nl.vaardig.taxonomy.model;

import java.util.ArrayList;
import java.util.List;

/** The skill → skill part of {@link Taxonomy.Builder}: ESCO's essential and optional related skills. */
final class RelatedSkillsBuilder {
    private final List<Link> links = new ArrayList<>();

    void add(SkillUri from, SkillUri to, RelationType type) {
        links.add(new Link(from, to, type));
    }

    RelatedSkills build(Concepts concepts, List<String> issues) {
        var relEss = new IntLists(concepts.skills().length);
        var relOpt = new IntLists(concepts.skills().length);
        for (Link rel : links) {
            Integer a = concepts.skillIndex().get(rel.from());
            Integer c = concepts.skillIndex().get(rel.to());
            if (a == null || c == null) {
                issues.add("skill-skill relation to an unknown skill left out: " + rel.from() + " -> " + rel.to());
                continue;
            }
            (rel.type() == RelationType.ESSENTIAL ? relEss : relOpt).add(a, c);
        }
        return new RelatedSkills(relEss.toArrays(), relOpt.toArrays());
    }

    private record Link(SkillUri from, SkillUri to, RelationType type) {
    }

    /** Related skill ordinals per skill ordinal, sorted. */
    record RelatedSkills(int[][] essential, int[][] optional) {
    }
}
