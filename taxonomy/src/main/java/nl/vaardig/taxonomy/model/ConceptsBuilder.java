package nl.vaardig.taxonomy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The concept part of {@link Taxonomy.Builder}: skills, occupations, skill groups and ISCO groups with their facts
 * and collection memberships. A concept without any label is left out of the result and reported.
 */
final class ConceptsBuilder {
    private final Map<SkillUri, SkillFacts> skills = new LinkedHashMap<>();
    private final Map<OccupationUri, OccupationFacts> occupations = new LinkedHashMap<>();
    private final Map<SkillGroupUri, String> skillGroups = new LinkedHashMap<>();
    private final Map<IscoGroupUri, String> iscoGroups = new LinkedHashMap<>();
    private final Map<ConceptUri, Set<EscoCollection>> collections = new HashMap<>();

    void skill(SkillUri uri, SkillType type, ReuseLevel reuseLevel) {
        skills.put(uri, new SkillFacts(type, reuseLevel));
    }

    void occupation(OccupationUri uri, String iscoCode, String code) {
        occupations.put(uri, new OccupationFacts(iscoCode, code));
    }

    void skillGroup(SkillGroupUri uri, String code) {
        skillGroups.put(uri, code);
    }

    void iscoGroup(IscoGroupUri uri, String code) {
        iscoGroups.put(uri, code);
    }

    void inCollection(EscoCollection collection, ConceptUri member, List<String> issues) {
        if (member.kind() != collection.memberKind()) {
            issues.add("collection " + collection + " cannot hold " + member.kind() + " " + member);
            return;
        }
        collections.computeIfAbsent(member, k -> EnumSet.noneOf(EscoCollection.class)).add(collection);
    }

    boolean isKnown(ConceptUri uri) {
        return switch (uri) {
            case SkillUri s -> skills.containsKey(s);
            case OccupationUri o -> occupations.containsKey(o);
            case SkillGroupUri g -> skillGroups.containsKey(g);
            case IscoGroupUri i -> iscoGroups.containsKey(i);
        };
    }

    void reportUnknownMembers(List<String> issues) {
        collections.keySet().stream()
                .filter(uri -> uri instanceof SkillUri s ? !skills.containsKey(s)
                        : uri instanceof OccupationUri o && !occupations.containsKey(o))
                .forEach(uri -> issues.add("collection membership of an unknown concept left out: " + uri));
    }

    Concepts build(Function<ConceptUri, ConceptLabels> labelsOf, List<String> issues) {
        var skillList = new ArrayList<Skill>();
        withLabels(skills, "skill", labelsOf, issues, (uri, facts, labels) ->
                skillList.add(new Skill(uri, facts.type, facts.reuse, labels, collections.get(uri))));
        Skill[] skillArray = skillList.toArray(Skill[]::new);

        var occList = new ArrayList<Occupation>();
        withLabels(occupations, "occupation", labelsOf, issues, (uri, facts, labels) ->
                occList.add(new Occupation(uri, facts.iscoCode, facts.code, labels, collections.get(uri))));
        Occupation[] occArray = occList.toArray(Occupation[]::new);

        var groups = new LinkedHashMap<SkillGroupUri, SkillGroup>();
        withLabels(skillGroups, "skill group", labelsOf, issues, (uri, code, labels) ->
                groups.put(uri, new SkillGroup(uri, code, labels)));

        var isco = new LinkedHashMap<IscoGroupUri, IscoGroup>();
        var iscoCodes = new HashMap<String, IscoGroup>();
        withLabels(iscoGroups, "ISCO group", labelsOf, issues, (uri, code, labels) -> {
            IscoGroup g = new IscoGroup(uri, code, labels);
            isco.put(uri, g);
            iscoCodes.put(g.code(), g);
        });
        return new Concepts(skillArray, occArray, ordinals(skillArray, Skill::uri), ordinals(occArray, Occupation::uri),
                Collections.unmodifiableMap(groups), Collections.unmodifiableMap(isco),
                Collections.unmodifiableMap(iscoCodes));
    }

    /** Each concept's position in the array, by URI. */
    private static <C, U> Map<U, Integer> ordinals(C[] concepts, Function<C, U> uri) {
        var index = new HashMap<U, Integer>(concepts.length * 2);
        for (int i = 0; i < concepts.length; i++) {
            index.put(uri.apply(concepts[i]), i);
        }
        return index;
    }

    /** Hands each concept with its labels to {@code add}; one without any label is reported instead. */
    private static <U extends ConceptUri, F> void withLabels(Map<U, F> facts, String kind,
                                                             Function<ConceptUri, ConceptLabels> labelsOf,
                                                             List<String> issues, Labelled<U, F> add) {
        facts.forEach((uri, f) -> {
            ConceptLabels labels = labelsOf.apply(uri);
            if (labels == null) {
                issues.add(kind + " without any label left out: " + uri);
                return;
            }
            add.accept(uri, f, labels);
        });
    }

    @FunctionalInterface
    private interface Labelled<U, F> {
        void accept(U uri, F facts, ConceptLabels labels);
    }

    private record SkillFacts(SkillType type, ReuseLevel reuse) {
    }

    private record OccupationFacts(String iscoCode, String code) {
    }
}
