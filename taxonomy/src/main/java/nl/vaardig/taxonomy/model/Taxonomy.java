package nl.vaardig.taxonomy.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The in-memory ESCO taxonomy of one version: concepts as records, relations as int adjacency arrays behind a
 * typed API. Immutable and safe to share between threads. Built with {@link #builder(TaxonomyVersion)}, normally
 * from the records of the ESCO importer.
 *
 * <p>Dense ordinals ({@link #skillOrdinal}, {@link #skillAt}) are exposed for callers that keep per-skill arrays
 * (matching); they are stable for the lifetime of one instance only.
 */
public final class Taxonomy {

    private final TaxonomyVersion version;
    private final Skill[] skills;
    private final Occupation[] occupations;
    private final Map<SkillUri, Integer> skillIndex;
    private final Map<OccupationUri, Integer> occupationIndex;
    private final Map<SkillGroupUri, SkillGroup> skillGroups;
    private final Map<IscoGroupUri, IscoGroup> iscoGroups;
    private final Map<String, IscoGroup> iscoByCode;

    private final int[][] occEssential;
    private final int[][] occOptional;
    private final int[][] skillEssentialFor;
    private final int[][] skillOptionalFor;
    private final int[][] relatedEssential;
    private final int[][] relatedOptional;
    private final int[][] broaderSkills;
    private final int[][] narrowerSkills;
    private final int[][] broaderOccupations;
    private final int[][] narrowerOccupations;
    private final Map<Integer, List<SkillGroupUri>> skillBroaderGroups;
    private final Map<SkillGroupUri, List<SkillGroupUri>> groupBroader;
    private final Map<SkillGroupUri, List<SkillGroupUri>> groupNarrowerGroups;
    private final Map<SkillGroupUri, int[]> groupNarrowerSkills;
    private final Map<Integer, List<IscoGroupUri>> occupationBroaderIsco;
    private final Map<IscoGroupUri, List<IscoGroupUri>> iscoBroader;
    private final float[] specificity;
    private final Map<ConceptUri, List<SourcedLabel>> vocabulary;
    private final List<String> integrityIssues;

    private Taxonomy(Builder b) {
        this.version = b.version;
        this.integrityIssues = new ArrayList<>(b.issues);
        this.vocabulary = b.frozenVocabulary();

        var skillList = new ArrayList<Skill>();
        b.skills.forEach((uri, facts) -> {
            ConceptLabels labels = labelsOrNull(b.labels.get(uri));
            if (labels == null) {
                integrityIssues.add("skill without any label left out: " + uri);
                return;
            }
            skillList.add(new Skill(uri, facts.type, facts.reuse, labels, b.collections.get(uri)));
        });
        this.skills = skillList.toArray(Skill[]::new);
        this.skillIndex = new HashMap<>(skills.length * 2);
        for (int i = 0; i < skills.length; i++) {
            skillIndex.put(skills[i].uri(), i);
        }

        var occList = new ArrayList<Occupation>();
        b.occupations.forEach((uri, facts) -> {
            ConceptLabels labels = labelsOrNull(b.labels.get(uri));
            if (labels == null) {
                integrityIssues.add("occupation without any label left out: " + uri);
                return;
            }
            occList.add(new Occupation(uri, facts.iscoCode, facts.code, labels, b.collections.get(uri)));
        });
        this.occupations = occList.toArray(Occupation[]::new);
        this.occupationIndex = new HashMap<>(occupations.length * 2);
        for (int i = 0; i < occupations.length; i++) {
            occupationIndex.put(occupations[i].uri(), i);
        }

        var groups = new LinkedHashMap<SkillGroupUri, SkillGroup>();
        b.skillGroups.forEach((uri, code) -> {
            ConceptLabels labels = labelsOrNull(b.labels.get(uri));
            if (labels == null) {
                integrityIssues.add("skill group without any label left out: " + uri);
                return;
            }
            groups.put(uri, new SkillGroup(uri, code, labels));
        });
        this.skillGroups = Collections.unmodifiableMap(groups);

        var isco = new LinkedHashMap<IscoGroupUri, IscoGroup>();
        var iscoCodes = new HashMap<String, IscoGroup>();
        b.iscoGroups.forEach((uri, code) -> {
            ConceptLabels labels = labelsOrNull(b.labels.get(uri));
            if (labels == null) {
                integrityIssues.add("ISCO group without any label left out: " + uri);
                return;
            }
            IscoGroup g = new IscoGroup(uri, code, labels);
            isco.put(uri, g);
            iscoCodes.put(g.code(), g);
        });
        this.iscoGroups = Collections.unmodifiableMap(isco);
        this.iscoByCode = Collections.unmodifiableMap(iscoCodes);

        var occEss = new IntLists(occupations.length);
        var occOpt = new IntLists(occupations.length);
        var skEss = new IntLists(skills.length);
        var skOpt = new IntLists(skills.length);
        for (Builder.Pair<OccupationUri, SkillUri> rel : b.occupationSkills) {
            Integer o = occupationIndex.get(rel.from());
            Integer s = skillIndex.get(rel.to());
            if (o == null || s == null) {
                integrityIssues.add("occupation-skill relation to an unknown concept left out: " + rel.from() + " -> " + rel.to());
                continue;
            }
            (rel.type() == RelationType.ESSENTIAL ? occEss : occOpt).add(o, s);
            (rel.type() == RelationType.ESSENTIAL ? skEss : skOpt).add(s, o);
        }
        this.occEssential = occEss.toArrays();
        this.occOptional = occOpt.toArrays();
        this.skillEssentialFor = skEss.toArrays();
        this.skillOptionalFor = skOpt.toArrays();

        var relEss = new IntLists(skills.length);
        var relOpt = new IntLists(skills.length);
        for (Builder.Pair<SkillUri, SkillUri> rel : b.skillSkills) {
            Integer a = skillIndex.get(rel.from());
            Integer c = skillIndex.get(rel.to());
            if (a == null || c == null) {
                integrityIssues.add("skill-skill relation to an unknown skill left out: " + rel.from() + " -> " + rel.to());
                continue;
            }
            (rel.type() == RelationType.ESSENTIAL ? relEss : relOpt).add(a, c);
        }
        this.relatedEssential = relEss.toArrays();
        this.relatedOptional = relOpt.toArrays();

        var bSkills = new IntLists(skills.length);
        var nSkills = new IntLists(skills.length);
        var bOcc = new IntLists(occupations.length);
        var nOcc = new IntLists(occupations.length);
        var skillGroupsOf = new HashMap<Integer, List<SkillGroupUri>>();
        var gBroader = new HashMap<SkillGroupUri, List<SkillGroupUri>>();
        var gNarrowerGroups = new HashMap<SkillGroupUri, List<SkillGroupUri>>();
        var gNarrowerSkills = new HashMap<SkillGroupUri, IntLists.Growable>();
        var occIsco = new HashMap<Integer, List<IscoGroupUri>>();
        var iBroader = new HashMap<IscoGroupUri, List<IscoGroupUri>>();
        for (Builder.Broader rel : b.broader) {
            ConceptUri narrower = rel.narrower();
            ConceptUri broader = rel.broader();
            boolean known = true;
            switch (narrower) {
                case SkillUri s when broader instanceof SkillUri bs -> {
                    Integer i = skillIndex.get(s);
                    Integer j = skillIndex.get(bs);
                    if (i == null || j == null) {
                        known = false;
                    } else {
                        bSkills.add(i, j);
                        nSkills.add(j, i);
                    }
                }
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
                case OccupationUri o when broader instanceof OccupationUri bo -> {
                    Integer i = occupationIndex.get(o);
                    Integer j = occupationIndex.get(bo);
                    if (i == null || j == null) {
                        known = false;
                    } else {
                        bOcc.add(i, j);
                        nOcc.add(j, i);
                    }
                }
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
                    integrityIssues.add("broader relation between unexpected kinds left out: "
                            + narrower.kind() + " " + narrower + " -> " + broader.kind() + " " + broader);
                    continue;
                }
            }
            if (!known) {
                integrityIssues.add("broader relation to an unknown concept left out: " + narrower + " -> " + broader);
            }
        }
        this.broaderSkills = bSkills.toArrays();
        this.narrowerSkills = nSkills.toArrays();
        this.broaderOccupations = bOcc.toArrays();
        this.narrowerOccupations = nOcc.toArrays();
        this.skillBroaderGroups = freezeValues(skillGroupsOf);
        this.groupBroader = freezeValues(gBroader);
        this.groupNarrowerGroups = freezeValues(gNarrowerGroups);
        var gns = new HashMap<SkillGroupUri, int[]>();
        gNarrowerSkills.forEach((g, l) -> gns.put(g, l.toArray()));
        this.groupNarrowerSkills = gns;
        this.occupationBroaderIsco = freezeValues(occIsco);
        this.iscoBroader = freezeValues(iBroader);

        // IDF-like specificity: a skill needed by few occupations says more about a match than one needed by all.
        this.specificity = new float[skills.length];
        double n = occupations.length;
        for (int i = 0; i < skills.length; i++) {
            int df = skillEssentialFor[i].length + skillOptionalFor[i].length;
            specificity[i] = (float) Math.log((n + 1.0) / (df + 1.0));
        }
    }

    public static Builder builder(TaxonomyVersion version) {
        return new Builder(version);
    }

    public TaxonomyVersion version() {
        return version;
    }

    // ---- concepts ----

    public List<Skill> skills() {
        return Collections.unmodifiableList(Arrays.asList(skills));
    }

    public List<Occupation> occupations() {
        return Collections.unmodifiableList(Arrays.asList(occupations));
    }

    public java.util.Collection<SkillGroup> skillGroups() {
        return skillGroups.values();
    }

    public java.util.Collection<IscoGroup> iscoGroups() {
        return iscoGroups.values();
    }

    public Optional<Skill> skill(SkillUri uri) {
        Integer i = skillIndex.get(uri);
        return i == null ? Optional.empty() : Optional.of(skills[i]);
    }

    public Optional<Occupation> occupation(OccupationUri uri) {
        Integer i = occupationIndex.get(uri);
        return i == null ? Optional.empty() : Optional.of(occupations[i]);
    }

    public Optional<SkillGroup> skillGroup(SkillGroupUri uri) {
        return Optional.ofNullable(skillGroups.get(uri));
    }

    public Optional<IscoGroup> iscoGroup(IscoGroupUri uri) {
        return Optional.ofNullable(iscoGroups.get(uri));
    }

    public Optional<IscoGroup> iscoGroupByCode(String code) {
        return Optional.ofNullable(iscoByCode.get(code == null ? "" : code.strip()));
    }

    /** Label of any concept in the requested language (with fallback), or empty if the concept is unknown. */
    public Optional<ResolvedLabel> label(ConceptUri uri, Locale requested) {
        return switch (uri) {
            case SkillUri s -> skill(s).map(x -> x.label(requested));
            case OccupationUri o -> occupation(o).map(x -> x.label(requested));
            case SkillGroupUri g -> skillGroup(g).map(x -> x.labels().preferred(requested));
            case IscoGroupUri i -> iscoGroup(i).map(x -> x.labels().preferred(requested));
        };
    }

    /**
     * Every surface form of a concept in every language, each with its source and weight: ESCO's own labels, the
     * official Dutch labels and VDAB competences of the crosswalk, Dutch national occupation titles, derived and
     * generated Dutch labels. Best weight first; empty for an unknown concept.
     */
    public List<SourcedLabel> vocabulary(ConceptUri uri) {
        return vocabulary.getOrDefault(uri, List.of());
    }

    public int skillCount() {
        return skills.length;
    }

    public int occupationCount() {
        return occupations.length;
    }

    public OptionalInt skillOrdinal(SkillUri uri) {
        Integer i = skillIndex.get(uri);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public Skill skillAt(int ordinal) {
        return skills[ordinal];
    }

    public OptionalInt occupationOrdinal(OccupationUri uri) {
        Integer i = occupationIndex.get(uri);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public Occupation occupationAt(int ordinal) {
        return occupations[ordinal];
    }

    // ---- occupation → skills ----

    public List<SkillUri> essentialSkills(OccupationUri occupation) {
        return skillUris(occEssential, occupationIndex.get(occupation));
    }

    public List<SkillUri> optionalSkills(OccupationUri occupation) {
        return skillUris(occOptional, occupationIndex.get(occupation));
    }

    /** Essential skills first, then optional ones. */
    public List<LinkedSkill> skillsOf(OccupationUri occupation) {
        var out = new ArrayList<LinkedSkill>();
        essentialSkills(occupation).forEach(s -> out.add(new LinkedSkill(s, RelationType.ESSENTIAL)));
        optionalSkills(occupation).forEach(s -> out.add(new LinkedSkill(s, RelationType.OPTIONAL)));
        return List.copyOf(out);
    }

    public Optional<IscoGroup> iscoGroupOf(OccupationUri occupation) {
        return occupation(occupation).flatMap(o -> iscoGroupByCode(o.iscoCode()));
    }

    public List<OccupationUri> broaderOccupations(OccupationUri occupation) {
        return occupationUris(broaderOccupations, occupationIndex.get(occupation));
    }

    public List<OccupationUri> narrowerOccupations(OccupationUri occupation) {
        return occupationUris(narrowerOccupations, occupationIndex.get(occupation));
    }

    /** ISCO groups directly above an occupation (only top-level occupations have one in ESCO's broader file). */
    public List<IscoGroupUri> broaderIscoGroups(OccupationUri occupation) {
        Integer i = occupationIndex.get(occupation);
        return i == null ? List.of() : occupationBroaderIsco.getOrDefault(i, List.of());
    }

    public List<IscoGroupUri> broaderIscoGroups(IscoGroupUri group) {
        return iscoBroader.getOrDefault(group, List.of());
    }

    // ---- skill → occupations, related skills, hierarchy ----

    public List<OccupationUri> occupationsRequiring(SkillUri skill, RelationType relation) {
        Integer i = skillIndex.get(skill);
        return occupationUris(relation == RelationType.ESSENTIAL ? skillEssentialFor : skillOptionalFor, i);
    }

    public List<LinkedOccupation> occupationsNeeding(SkillUri skill) {
        var out = new ArrayList<LinkedOccupation>();
        occupationsRequiring(skill, RelationType.ESSENTIAL).forEach(o -> out.add(new LinkedOccupation(o, RelationType.ESSENTIAL)));
        occupationsRequiring(skill, RelationType.OPTIONAL).forEach(o -> out.add(new LinkedOccupation(o, RelationType.OPTIONAL)));
        return List.copyOf(out);
    }

    /** Number of occupations that list the skill as essential or optional. */
    public int occupationCount(SkillUri skill) {
        Integer i = skillIndex.get(skill);
        return i == null ? 0 : skillEssentialFor[i].length + skillOptionalFor[i].length;
    }

    public int essentialOccupationCount(SkillUri skill) {
        Integer i = skillIndex.get(skill);
        return i == null ? 0 : skillEssentialFor[i].length;
    }

    /** ln((N+1)/(df+1)) over N occupations, df = occupations needing the skill; 0 for an unknown skill. */
    public double specificity(SkillUri skill) {
        Integer i = skillIndex.get(skill);
        return i == null ? 0.0 : specificity[i];
    }

    public double specificityAt(int skillOrdinal) {
        return specificity[skillOrdinal];
    }

    public List<LinkedSkill> relatedSkills(SkillUri skill) {
        Integer i = skillIndex.get(skill);
        if (i == null) {
            return List.of();
        }
        var out = new ArrayList<LinkedSkill>(relatedEssential[i].length + relatedOptional[i].length);
        for (int j : relatedEssential[i]) {
            out.add(new LinkedSkill(skills[j].uri(), RelationType.ESSENTIAL));
        }
        for (int j : relatedOptional[i]) {
            out.add(new LinkedSkill(skills[j].uri(), RelationType.OPTIONAL));
        }
        return List.copyOf(out);
    }

    public List<SkillUri> broaderSkills(SkillUri skill) {
        return skillUris(broaderSkills, skillIndex.get(skill));
    }

    public List<SkillUri> narrowerSkills(SkillUri skill) {
        return skillUris(narrowerSkills, skillIndex.get(skill));
    }

    public List<SkillGroupUri> broaderGroups(SkillUri skill) {
        Integer i = skillIndex.get(skill);
        return i == null ? List.of() : skillBroaderGroups.getOrDefault(i, List.of());
    }

    public List<SkillGroupUri> broaderGroups(SkillGroupUri group) {
        return groupBroader.getOrDefault(group, List.of());
    }

    public List<SkillGroupUri> narrowerGroups(SkillGroupUri group) {
        return groupNarrowerGroups.getOrDefault(group, List.of());
    }

    public List<SkillUri> skillsDirectlyIn(SkillGroupUri group) {
        int[] members = groupNarrowerSkills.get(group);
        if (members == null) {
            return List.of();
        }
        var out = new ArrayList<SkillUri>(members.length);
        for (int m : members) {
            out.add(skills[m].uri());
        }
        return List.copyOf(out);
    }

    /**
     * Every skill group above a skill, nearest first: through broader skills and broader groups up to the pillar
     * roots. Matching uses shared ancestors as a "similar skill" signal.
     */
    public List<SkillGroupUri> ancestorGroups(SkillUri skill) {
        Integer start = skillIndex.get(skill);
        if (start == null) {
            return List.of();
        }
        var seenSkills = new java.util.HashSet<Integer>();
        var groupsOut = new LinkedHashSet<SkillGroupUri>();
        var skillQueue = new ArrayDeque<Integer>();
        skillQueue.add(start);
        seenSkills.add(start);
        while (!skillQueue.isEmpty()) {
            int s = skillQueue.poll();
            groupsOut.addAll(skillBroaderGroups.getOrDefault(s, List.of()));
            for (int b : broaderSkills[s]) {
                if (seenSkills.add(b)) {
                    skillQueue.add(b);
                }
            }
        }
        var groupQueue = new ArrayDeque<>(groupsOut);
        while (!groupQueue.isEmpty()) {
            for (SkillGroupUri up : groupBroader.getOrDefault(groupQueue.poll(), List.of())) {
                if (groupsOut.add(up)) {
                    groupQueue.add(up);
                }
            }
        }
        return List.copyOf(groupsOut);
    }

    public List<Skill> skillsIn(EscoCollection collection) {
        return Arrays.stream(skills).filter(s -> s.in(collection)).toList();
    }

    /** Relations or labels that referred to unknown concepts and were left out while building; empty for ESCO 1.1.1. */
    public List<String> integrityIssues() {
        return Collections.unmodifiableList(integrityIssues);
    }

    /** How many skills / occupations have labels in a language, and how many of those are derived. */
    public LabelCoverage labelCoverage(Locale language) {
        int skillsWith = 0;
        int skillsDerived = 0;
        int skillsGenerated = 0;
        for (Skill s : skills) {
            var l = s.labels().in(language);
            if (l.isPresent()) {
                skillsWith++;
                switch (l.get().provenance()) {
                    case ESCO_DERIVED -> skillsDerived++;
                    case GENERATED -> skillsGenerated++;
                    case ESCO_OFFICIAL -> { }
                }
            }
        }
        int occWith = 0;
        for (Occupation o : occupations) {
            if (o.labels().in(language).isPresent()) {
                occWith++;
            }
        }
        return new LabelCoverage(language, skills.length, skillsWith, skillsDerived, skillsGenerated,
                occupations.length, occWith);
    }

    /**
     * Label coverage of one language: skills with a preferred label in it, of which {@code skillsDerived} collected
     * from the ESCO collections and {@code skillsGenerated} made by the Dutch label generator (the rest official).
     */
    public record LabelCoverage(Locale language, int skills, int skillsLabelled, int skillsDerived, int skillsGenerated,
                                int occupations, int occupationsLabelled) {

        public int skillsOfficial() {
            return skillsLabelled - skillsDerived - skillsGenerated;
        }
    }

    private List<SkillUri> skillUris(int[][] adjacency, Integer i) {
        if (i == null) {
            return List.of();
        }
        int[] row = adjacency[i];
        var out = new ArrayList<SkillUri>(row.length);
        for (int j : row) {
            out.add(skills[j].uri());
        }
        return Collections.unmodifiableList(out);
    }

    private List<OccupationUri> occupationUris(int[][] adjacency, Integer i) {
        if (i == null) {
            return List.of();
        }
        int[] row = adjacency[i];
        var out = new ArrayList<OccupationUri>(row.length);
        for (int j : row) {
            out.add(occupations[j].uri());
        }
        return Collections.unmodifiableList(out);
    }

    private static ConceptLabels labelsOrNull(Map<Locale, LanguageLabels> labels) {
        return labels == null || labels.isEmpty() ? null : new ConceptLabels(labels);
    }

    private static <K, V> Map<K, List<V>> freezeValues(Map<K, List<V>> map) {
        var out = new HashMap<K, List<V>>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Growable int adjacency lists, frozen to {@code int[][]}. */
    private static final class IntLists {
        private final Growable[] rows;

        IntLists(int size) {
            rows = new Growable[size];
        }

        void add(int row, int value) {
            Growable g = rows[row];
            if (g == null) {
                g = rows[row] = new Growable();
            }
            g.add(value);
        }

        int[][] toArrays() {
            int[][] out = new int[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i] == null ? EMPTY : rows[i].toArray();
            }
            return out;
        }

        private static final int[] EMPTY = new int[0];

        static final class Growable {
            private int[] values = new int[4];
            private int size;

            void add(int v) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = v;
            }

            /** Sorted and without duplicates (ESCO has a few duplicate relation rows). */
            int[] toArray() {
                int[] sorted = Arrays.copyOf(values, size);
                Arrays.sort(sorted);
                int unique = 0;
                for (int i = 0; i < sorted.length; i++) {
                    if (i == 0 || sorted[i] != sorted[i - 1]) {
                        sorted[unique++] = sorted[i];
                    }
                }
                return unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique);
            }
        }
    }

    /**
     * Collects concepts, labels and relations in any order; {@link #build()} resolves them. Labels for a language
     * from an official source replace derived ones; references to unknown concepts are reported in
     * {@link Taxonomy#integrityIssues()}, never silently dropped.
     */
    public static final class Builder {
        private final TaxonomyVersion version;
        private final Map<SkillUri, SkillFacts> skills = new LinkedHashMap<>();
        private final Map<OccupationUri, OccupationFacts> occupations = new LinkedHashMap<>();
        private final Map<SkillGroupUri, String> skillGroups = new LinkedHashMap<>();
        private final Map<IscoGroupUri, String> iscoGroups = new LinkedHashMap<>();
        private final Map<ConceptUri, Map<Locale, LanguageLabels>> labels = new HashMap<>();
        private final Map<ConceptUri, Set<EscoCollection>> collections = new HashMap<>();
        private final Map<ConceptUri, Map<String, SourcedLabel>> vocabulary = new HashMap<>();
        private final List<Pair<OccupationUri, SkillUri>> occupationSkills = new ArrayList<>();
        private final List<Pair<SkillUri, SkillUri>> skillSkills = new ArrayList<>();
        private final List<Broader> broader = new ArrayList<>();
        private final List<String> issues = new ArrayList<>();

        private Builder(TaxonomyVersion version) {
            this.version = Objects.requireNonNull(version, "version");
        }

        public Builder skill(SkillUri uri, SkillType type, ReuseLevel reuseLevel) {
            skills.put(uri, new SkillFacts(type, reuseLevel));
            return this;
        }

        public Builder occupation(OccupationUri uri, String iscoCode, String code) {
            occupations.put(uri, new OccupationFacts(iscoCode, code));
            return this;
        }

        public Builder skillGroup(SkillGroupUri uri, String code) {
            skillGroups.put(uri, code);
            return this;
        }

        public Builder iscoGroup(IscoGroupUri uri, String code) {
            iscoGroups.put(uri, code);
            return this;
        }

        /** Labels from an ESCO file; their vocabulary source follows from the provenance. */
        public Builder labels(ConceptUri uri, LanguageLabels languageLabels) {
            LabelSource preferredSource = switch (languageLabels.provenance()) {
                case ESCO_OFFICIAL -> LabelSource.ESCO_PREFERRED;
                case ESCO_DERIVED -> LabelSource.ESCO_COLLECTION;
                case GENERATED -> LabelSource.GENERATED;
            };
            return labels(uri, languageLabels, preferredSource);
        }

        /**
         * Labels of a concept in one language. A better provenance (official over derived over generated) takes the
         * preferred label; the labels it replaces, or that a second source of the same or lower rank brings, stay as
         * alternatives, except generated ones, which are never shown beside a published label.
         */
        public Builder labels(ConceptUri uri, LanguageLabels languageLabels, LabelSource preferredSource) {
            var byLang = labels.computeIfAbsent(uri, k -> new LinkedHashMap<>(4));
            LanguageLabels existing = byLang.get(languageLabels.language());
            if (existing == null) {
                byLang.put(languageLabels.language(), languageLabels);
            } else if (languageLabels.provenance().rank() < existing.provenance().rank()) {
                byLang.put(languageLabels.language(), merged(languageLabels, existing));
            } else if (languageLabels.provenance() != LabelProvenance.GENERATED) {
                byLang.put(languageLabels.language(), merged(existing, languageLabels));
            }
            boolean alsoAlternative = languageLabels.provenance() == LabelProvenance.ESCO_OFFICIAL;
            vocabulary(uri, SourcedLabel.of(languageLabels.preferred(), languageLabels.language(), preferredSource));
            for (String alt : languageLabels.alternatives()) {
                vocabulary(uri, SourcedLabel.of(alt, languageLabels.language(),
                        alsoAlternative ? LabelSource.ESCO_ALTERNATIVE : preferredSource));
            }
            for (String hidden : languageLabels.hidden()) {
                vocabulary(uri, SourcedLabel.of(hidden, languageLabels.language(),
                        alsoAlternative ? LabelSource.ESCO_HIDDEN : preferredSource));
            }
            return this;
        }

        /** An extra surface form (crosswalk competence, national title, CompetentNL label); the best weight per text wins. */
        public Builder vocabulary(ConceptUri uri, SourcedLabel label) {
            var byText = vocabulary.computeIfAbsent(uri, k -> new LinkedHashMap<>(8));
            String key = label.language().getLanguage() + '\u0000' + label.text().toLowerCase(Locale.ROOT);
            SourcedLabel existing = byText.get(key);
            if (existing == null || label.weight() > existing.weight()) {
                byText.put(key, label);
            }
            return this;
        }

        private static LanguageLabels merged(LanguageLabels winner, LanguageLabels other) {
            var alternatives = new ArrayList<>(winner.alternatives());
            alternatives.add(other.preferred());
            alternatives.addAll(other.alternatives());
            var hidden = new ArrayList<>(winner.hidden());
            hidden.addAll(other.hidden());
            String description = winner.description().isEmpty() ? other.description() : winner.description();
            return new LanguageLabels(winner.language(), winner.preferred(), alternatives, hidden, description,
                    winner.provenance());
        }

        private Map<ConceptUri, List<SourcedLabel>> frozenVocabulary() {
            var out = new HashMap<ConceptUri, List<SourcedLabel>>(vocabulary.size() * 2);
            vocabulary.forEach((uri, byText) -> {
                if (isKnown(uri)) {
                    var list = new ArrayList<>(byText.values());
                    list.sort(java.util.Comparator.comparingDouble(SourcedLabel::weight).reversed());
                    out.put(uri, List.copyOf(list));
                }
            });
            return Collections.unmodifiableMap(out);
        }

        private boolean isKnown(ConceptUri uri) {
            return switch (uri) {
                case SkillUri s -> skills.containsKey(s);
                case OccupationUri o -> occupations.containsKey(o);
                case SkillGroupUri g -> skillGroups.containsKey(g);
                case IscoGroupUri i -> iscoGroups.containsKey(i);
            };
        }

        public Builder occupationSkill(OccupationUri occupation, SkillUri skill, RelationType type) {
            occupationSkills.add(new Pair<>(occupation, skill, type));
            return this;
        }

        public Builder skillSkill(SkillUri from, SkillUri to, RelationType type) {
            skillSkills.add(new Pair<>(from, to, type));
            return this;
        }

        public Builder broader(ConceptUri narrower, ConceptUri broaderConcept) {
            broader.add(new Broader(narrower, broaderConcept));
            return this;
        }

        public Builder inCollection(EscoCollection collection, ConceptUri member) {
            if (member.kind() != collection.memberKind()) {
                issues.add("collection " + collection + " cannot hold " + member.kind() + " " + member);
                return this;
            }
            collections.computeIfAbsent(member, k -> EnumSet.noneOf(EscoCollection.class)).add(collection);
            return this;
        }

        public Taxonomy build() {
            // labels for concepts that no concept file defines are reported, not kept
            var unknown = new java.util.TreeSet<ConceptUri>(java.util.Comparator.comparing(ConceptUri::value));
            labels.keySet().stream().filter(uri -> !isKnown(uri)).forEach(unknown::add);
            vocabulary.keySet().stream().filter(uri -> !isKnown(uri)).forEach(unknown::add);
            unknown.stream()
                    .sorted(java.util.Comparator.comparing(ConceptUri::value))
                    .forEach(uri -> issues.add("labels for an unknown " + uri.kind() + " left out: " + uri));
            collections.keySet().stream()
                    .filter(uri -> uri instanceof SkillUri s ? !skills.containsKey(s)
                            : uri instanceof OccupationUri o && !occupations.containsKey(o))
                    .forEach(uri -> issues.add("collection membership of an unknown concept left out: " + uri));
            return new Taxonomy(this);
        }

        private record SkillFacts(SkillType type, ReuseLevel reuse) {
        }

        private record OccupationFacts(String iscoCode, String code) {
        }

        record Pair<A, B>(A from, B to, RelationType type) {
        }

        record Broader(ConceptUri narrower, ConceptUri broader) {
        }
    }

}
