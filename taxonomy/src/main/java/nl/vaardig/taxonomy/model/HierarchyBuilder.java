package nl.vaardig.taxonomy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The broader/narrower part of {@link Taxonomy.Builder}: skills under skills and skill groups, groups under groups,
 * occupations under occupations and ISCO groups, ISCO groups under ISCO groups.
 */
final class HierarchyBuilder {
    private final List<Broader> broader = new ArrayList<>();

    void add(ConceptUri narrower, ConceptUri broaderConcept) {
        broader.add(new Broader(narrower, broaderConcept));
    }

    Hierarchy build(Concepts concepts, List<String> issues) {
        Map<SkillUri, Integer> skillIndex = concepts.skillIndex();
        Map<OccupationUri, Integer> occupationIndex = concepts.occupationIndex();
        Map<SkillGroupUri, SkillGroup> groups = concepts.skillGroups();
        Map<IscoGroupUri, IscoGroup> isco = concepts.iscoGroups();
        var bSkills = new IntLists(concepts.skills().length);
        var nSkills = new IntLists(concepts.skills().length);
        var bOcc = new IntLists(concepts.occupations().length);
        var nOcc = new IntLists(concepts.occupations().length);
        var skillGroupsOf = new HashMap<Integer, List<SkillGroupUri>>();
        var gBroader = new HashMap<SkillGroupUri, List<SkillGroupUri>>();
        var gNarrowerGroups = new HashMap<SkillGroupUri, List<SkillGroupUri>>();
        var gNarrowerSkills = new HashMap<SkillGroupUri, IntLists.Growable>();
        var occIsco = new HashMap<Integer, List<IscoGroupUri>>();
        var iBroader = new HashMap<IscoGroupUri, List<IscoGroupUri>>();
        for (Broader rel : broader) {
            ConceptUri narrower = rel.narrower();
            ConceptUri broader = rel.broader();
            boolean known = true;
            switch (narrower) {
                case SkillUri s when broader instanceof SkillUri bs ->
                        known = link(bSkills, nSkills, skillIndex.get(s), skillIndex.get(bs));
                case SkillUri s when broader instanceof SkillGroupUri g -> {
                    Integer i = skillIndex.get(s);
                    if (i == null || !groups.containsKey(g)) {
                        known = false;
                    } else {
                        skillGroupsOf.computeIfAbsent(i, k -> new ArrayList<>(2)).add(g);
                        gNarrowerSkills.computeIfAbsent(g, k -> new IntLists.Growable()).add(i);
                    }
                }
                case SkillGroupUri g when broader instanceof SkillGroupUri bg -> {
                    if (!groups.containsKey(g) || !groups.containsKey(bg)) {
                        known = false;
                    } else {
                        gBroader.computeIfAbsent(g, k -> new ArrayList<>(1)).add(bg);
                        gNarrowerGroups.computeIfAbsent(bg, k -> new ArrayList<>()).add(g);
                    }
                }
                case OccupationUri o when broader instanceof OccupationUri bo ->
                        known = link(bOcc, nOcc, occupationIndex.get(o), occupationIndex.get(bo));
                case OccupationUri o when broader instanceof IscoGroupUri ig -> {
                    Integer i = occupationIndex.get(o);
                    if (i == null || !isco.containsKey(ig)) {
                        known = false;
                    } else {
                        occIsco.computeIfAbsent(i, k -> new ArrayList<>(1)).add(ig);
                    }
                }
                case IscoGroupUri ig when broader instanceof IscoGroupUri bi -> {
                    if (!isco.containsKey(ig) || !isco.containsKey(bi)) {
                        known = false;
                    } else {
                        iBroader.computeIfAbsent(ig, k -> new ArrayList<>(1)).add(bi);
                    }
                }
                default -> {
                    issues.add("broader relation between unexpected kinds left out: "
                            + narrower.kind() + " " + narrower + " -> " + broader.kind() + " " + broader);
                    continue;
                }
            }
            if (!known) {
                issues.add("broader relation to an unknown concept left out: " + narrower + " -> " + broader);
            }
        }
        var gns = new HashMap<SkillGroupUri, int[]>();
        gNarrowerSkills.forEach((g, l) -> gns.put(g, l.toArray()));
        return new Hierarchy(bSkills.toArrays(), nSkills.toArrays(), bOcc.toArrays(), nOcc.toArrays(),
                freezeValues(skillGroupsOf), freezeValues(gBroader), freezeValues(gNarrowerGroups), gns,
                freezeValues(occIsco), freezeValues(iBroader));
    }

    /** Files {@code narrower → broader} both ways; false when either is unknown (null). */
    private static boolean link(IntLists broaderOf, IntLists narrowerOf, Integer narrower, Integer broader) {
        if (narrower == null || broader == null) {
            return false;
        }
        broaderOf.add(narrower, broader);
        narrowerOf.add(broader, narrower);
        return true;
    }

    private static <K, V> Map<K, List<V>> freezeValues(Map<K, List<V>> map) {
        var out = new HashMap<K, List<V>>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private record Broader(ConceptUri narrower, ConceptUri broader) {
    }

    /**
     * Broader and narrower skills and occupations by ordinal; the groups above a skill (by skill ordinal), above and
     * below a group, the skills directly in a group; the ISCO groups above an occupation (by ordinal) and a group.
     */
    record Hierarchy(int[][] broaderSkills, int[][] narrowerSkills, int[][] broaderOccupations,
                     int[][] narrowerOccupations, Map<Integer, List<SkillGroupUri>> skillBroaderGroups,
                     Map<SkillGroupUri, List<SkillGroupUri>> groupBroader,
                     Map<SkillGroupUri, List<SkillGroupUri>> groupNarrowerGroups,
                     Map<SkillGroupUri, int[]> groupNarrowerSkills,
                     Map<Integer, List<IscoGroupUri>> occupationBroaderIsco,
                     Map<IscoGroupUri, List<IscoGroupUri>> iscoBroader) {
    }
}
