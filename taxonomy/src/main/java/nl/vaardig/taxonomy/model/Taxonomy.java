package nl.vaardig.taxonomy.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The in-memory ESCO taxonomy of one version: concepts as records, relations as int adjacency arrays behind a
 * typed API. Immutable and safe to share between threads. Built with {@link #builder(TaxonomyVersion)}, normally
 * from the records of the ESCO importer.
 *
 * <p>Dense ordinals ({@link #skillOrdinal}, {@link #skillAt}) are exposed for callers that keep per-skill arrays
 * (matching); they are stable for the lifetime of one instance only.
 */
public final class Taxonomy implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

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

    private Taxonomy(TaxonomyVersion version, Concepts concepts, Map<ConceptUri, List<SourcedLabel>> vocabulary,
                     OccupationSkillsBuilder.OccupationSkills occupationSkills,
                     RelatedSkillsBuilder.RelatedSkills related, HierarchyBuilder.Hierarchy hierarchy,
                     List<String> integrityIssues) {
        this.version = version;
        this.integrityIssues = integrityIssues;
        this.vocabulary = vocabulary;
        this.skills = concepts.skills();
        this.skillIndex = concepts.skillIndex();
        this.occupations = concepts.occupations();
        this.occupationIndex = concepts.occupationIndex();
        this.skillGroups = concepts.skillGroups();
        this.iscoGroups = concepts.iscoGroups();
        this.iscoByCode = concepts.iscoByCode();
        this.occEssential = occupationSkills.essential();
        this.occOptional = occupationSkills.optional();
        this.skillEssentialFor = occupationSkills.essentialFor();
        this.skillOptionalFor = occupationSkills.optionalFor();
        this.specificity = occupationSkills.specificity();
        this.relatedEssential = related.essential();
        this.relatedOptional = related.optional();
        this.broaderSkills = hierarchy.broaderSkills();
        this.narrowerSkills = hierarchy.narrowerSkills();
        this.broaderOccupations = hierarchy.broaderOccupations();
        this.narrowerOccupations = hierarchy.narrowerOccupations();
        this.skillBroaderGroups = hierarchy.skillBroaderGroups();
        this.groupBroader = hierarchy.groupBroader();
        this.groupNarrowerGroups = hierarchy.groupNarrowerGroups();
        this.groupNarrowerSkills = hierarchy.groupNarrowerSkills();
        this.occupationBroaderIsco = hierarchy.occupationBroaderIsco();
        this.iscoBroader = hierarchy.iscoBroader();
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
        return uris(adjacency, i, j -> skills[j].uri());
    }

    private List<OccupationUri> occupationUris(int[][] adjacency, Integer i) {
        return uris(adjacency, i, j -> occupations[j].uri());
    }

    /** The URIs of row {@code i} of an adjacency; empty for an unknown concept (null). */
    private static <U extends ConceptUri> List<U> uris(int[][] adjacency, Integer i, java.util.function.IntFunction<U> uriAt) {
        if (i == null) {
            return List.of();
        }
        int[] row = adjacency[i];
        var out = new ArrayList<U>(row.length);
        for (int j : row) {
            out.add(uriAt.apply(j));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Collects concepts, labels and relations in any order; {@link #build()} resolves them. Labels for a language
     * from an official source replace derived ones; references to unknown concepts are reported in
     * {@link Taxonomy#integrityIssues()}, never silently dropped. Each part has its own builder: concepts, labels
     * and vocabulary, occupation skills, related skills, hierarchy.
     */
    public static final class Builder {
        private final TaxonomyVersion version;
        private final ConceptsBuilder concepts = new ConceptsBuilder();
        private final LabelsBuilder labels = new LabelsBuilder();
        private final OccupationSkillsBuilder occupationSkills = new OccupationSkillsBuilder();
        private final RelatedSkillsBuilder relatedSkills = new RelatedSkillsBuilder();
        private final HierarchyBuilder hierarchy = new HierarchyBuilder();
        private final List<String> issues = new ArrayList<>();

        private Builder(TaxonomyVersion version) {
            this.version = Objects.requireNonNull(version, "version");
        }

        public Builder skill(SkillUri uri, SkillType type, ReuseLevel reuseLevel) {
            concepts.skill(uri, type, reuseLevel);
            return this;
        }

        public Builder occupation(OccupationUri uri, String iscoCode, String code) {
            concepts.occupation(uri, iscoCode, code);
            return this;
        }

        public Builder skillGroup(SkillGroupUri uri, String code) {
            concepts.skillGroup(uri, code);
            return this;
        }

        public Builder iscoGroup(IscoGroupUri uri, String code) {
            concepts.iscoGroup(uri, code);
            return this;
        }

        /** Labels from an ESCO file; their vocabulary source follows from the provenance. */
        public Builder labels(ConceptUri uri, LanguageLabels languageLabels) {
            return labels(uri, languageLabels, LabelsBuilder.preferredSource(languageLabels.provenance()));
        }

        /**
         * Labels of a concept in one language. A better provenance (official over derived over generated) takes the
         * preferred label; the labels it replaces, or that a second source of the same or lower rank brings, stay as
         * alternatives, except generated ones, which are never shown beside a published label.
         */
        public Builder labels(ConceptUri uri, LanguageLabels languageLabels, LabelSource preferredSource) {
            labels.labels(uri, languageLabels, preferredSource);
            return this;
        }

        /** An extra surface form (crosswalk competence, national title, CompetentNL label); the best weight per text wins. */
        public Builder vocabulary(ConceptUri uri, SourcedLabel label) {
            labels.vocabulary(uri, label);
            return this;
        }

        public Builder occupationSkill(OccupationUri occupation, SkillUri skill, RelationType type) {
            occupationSkills.add(occupation, skill, type);
            return this;
        }

        public Builder skillSkill(SkillUri from, SkillUri to, RelationType type) {
            relatedSkills.add(from, to, type);
            return this;
        }

        public Builder broader(ConceptUri narrower, ConceptUri broaderConcept) {
            hierarchy.add(narrower, broaderConcept);
            return this;
        }

        public Builder inCollection(EscoCollection collection, ConceptUri member) {
            concepts.inCollection(collection, member, issues);
            return this;
        }

        public Taxonomy build() {
            // labels for concepts that no concept file defines are reported, not kept
            var unknown = new java.util.TreeSet<ConceptUri>(java.util.Comparator.comparing(ConceptUri::value));
            labels.labelled().filter(uri -> !concepts.isKnown(uri)).forEach(unknown::add);
            unknown.stream()
                    .sorted(java.util.Comparator.comparing(ConceptUri::value))
                    .forEach(uri -> issues.add("labels for an unknown " + uri.kind() + " left out: " + uri));
            concepts.reportUnknownMembers(issues);
            // each part reports what it leaves out, in this order
            var integrityIssues = new ArrayList<>(issues);
            var vocabulary = labels.frozenVocabulary(concepts::isKnown);
            Concepts resolved = concepts.build(labels::labelsOf, integrityIssues);
            var occupationSkillLinks = occupationSkills.build(resolved, integrityIssues);
            var related = relatedSkills.build(resolved, integrityIssues);
            var broaderNarrower = hierarchy.build(resolved, integrityIssues);
            return new Taxonomy(version, resolved, vocabulary, occupationSkillLinks, related, broaderNarrower,
                    integrityIssues);
        }
    }

}
