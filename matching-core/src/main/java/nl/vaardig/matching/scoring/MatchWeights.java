package nl.vaardig.matching.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.model.ReuseLevel;

/**
 * Every number the score depends on, in one place. The score of a profile for a vacancy is
 * <pre>
 *   score = coverageShare   × Σ_s w(s)·credit(s) / Σ_s w(s)              (over the vacancy's skills s)
 *         + relevanceShare  × Σ_t min(evidence(t), cap(t)) / Σ_t cap(t)  (over the profile's held skills t)
 * </pre>
 * with {@code w(s) = requirementWeight × specificity(s)}, credit = best stand-in credit × the holder's
 * evidence/level/assessment modifier, and evidence(t) the log-likelihood ratio of {@link EvidenceWeights} (how much
 * the vacancy explains the held skill t; learnt, as are the two shares, see {@code evidence-weights.properties}).
 * The score lies in [0, 1]; each term is one line of the explanation.
 *
 * @param essentialWeight     weight of an essential skill (a missing one costs this much of the coverage)
 * @param optionalWeight      weight of an optional skill, strictly below the essential weight
 * @param coverageShare       part of the score for covering the vacancy's requirements
 * @param relevanceShare      part of the score for how much of the profile the vacancy explains; sums to 1 with coverage
 * @param reuseFactor         specificity factor per ESCO reuse level: transversal skills say less than specific ones
 * @param idfFloor            part of the specificity that does not depend on the IDF (0..1)
 * @param relationCredit      credit per relation kind; SAME = 1, every other kind strictly below
 * @param coOccurrenceMinCount minimum number of shared occupations for a co-occurrence stand-in
 * @param coOccurrenceMinCosine minimum cosine association for a co-occurrence stand-in
 * @param coOccurrencePerSkill at most this many co-occurring skills per skill
 * @param maxSiblingGroup     siblings only count under a broader skill with at most this many narrower skills
 * @param maxSkillGroup       skills directly in one ESCO skill group count as kindred ({@link RelationKind#GROUP_SIBLING})
 *                            in groups of at most this many; the credit shrinks with the group's size
 * @param evidenceFactor      credit factor per evidence kind (≤ 1)
 * @param levelFactor         credit factor per proficiency level (≤ 1)
 * @param canDoButNotDoingFactor credit factor when the person can do a skill but does not do it now (≤ 1)
 */
public record MatchWeights(double essentialWeight, double optionalWeight, double coverageShare, double relevanceShare,
                           Map<ReuseLevel, Double> reuseFactor, double idfFloor, Map<RelationKind, Double> relationCredit,
                           int coOccurrenceMinCount, double coOccurrenceMinCosine, int coOccurrencePerSkill,
                           int maxSiblingGroup, int maxSkillGroup, Map<EvidenceKind, Double> evidenceFactor,
                           Map<ProficiencyLevel, Double> levelFactor, double canDoButNotDoingFactor) {

    public MatchWeights {
        Objects.requireNonNull(reuseFactor, "reuseFactor");
        Objects.requireNonNull(relationCredit, "relationCredit");
        Objects.requireNonNull(evidenceFactor, "evidenceFactor");
        Objects.requireNonNull(levelFactor, "levelFactor");
        if (!(essentialWeight > 0) || !(optionalWeight > 0) || optionalWeight >= essentialWeight) {
            throw new IllegalArgumentException("need 0 < optionalWeight < essentialWeight, was "
                    + optionalWeight + " / " + essentialWeight);
        }
        if (coverageShare < 0 || relevanceShare < 0 || Math.abs(coverageShare + relevanceShare - 1.0) > 1e-9) {
            throw new IllegalArgumentException("coverageShare and relevanceShare must be >= 0 and add up to 1");
        }
        reuseFactor = complete(reuseFactor, ReuseLevel.class, "reuseFactor", false);
        relationCredit = complete(relationCredit, RelationKind.class, "relationCredit", true);
        if (relationCredit.get(RelationKind.SAME) != 1.0) {
            throw new IllegalArgumentException("holding the very skill earns full credit (1.0)");
        }
        relationCredit.forEach((kind, credit) -> {
            if (kind != RelationKind.SAME && !(credit > 0 && credit < 1.0)) {
                throw new IllegalArgumentException("a stand-in (" + kind + ") must earn strictly less than the skill itself, was " + credit);
            }
        });
        evidenceFactor = complete(evidenceFactor, EvidenceKind.class, "evidenceFactor", true);
        levelFactor = complete(levelFactor, ProficiencyLevel.class, "levelFactor", true);
        if (!(idfFloor >= 0 && idfFloor <= 1)) {
            throw new IllegalArgumentException("idfFloor must be within [0, 1]");
        }
        if (!(canDoButNotDoingFactor > 0 && canDoButNotDoingFactor <= 1)) {
            throw new IllegalArgumentException("canDoButNotDoingFactor must be within (0, 1]");
        }
        if (coOccurrenceMinCount < 1 || coOccurrencePerSkill < 0 || maxSiblingGroup < 0 || maxSkillGroup < 0
                || !(coOccurrenceMinCosine > 0 && coOccurrenceMinCosine <= 1)) {
            throw new IllegalArgumentException("co-occurrence and sibling limits out of range");
        }
    }

    /**
     * The defaults, tuned on the ESCO occupation evaluation (see {@code docs/matching.md} in matching-core); the
     * coverage/relevance shares are the learnt ones of {@link EvidenceWeights#shipped()}.
     */
    public static MatchWeights defaults() {
        var reuse = new EnumMap<ReuseLevel, Double>(ReuseLevel.class);
        reuse.put(ReuseLevel.TRANSVERSAL, 0.35);
        reuse.put(ReuseLevel.CROSS_SECTOR, 0.7);
        reuse.put(ReuseLevel.SECTOR_SPECIFIC, 1.0);
        reuse.put(ReuseLevel.OCCUPATION_SPECIFIC, 1.15);
        reuse.put(ReuseLevel.UNKNOWN, 0.8);
        var relation = new EnumMap<RelationKind, Double>(RelationKind.class);
        relation.put(RelationKind.SAME, 1.0);
        relation.put(RelationKind.NARROWER_HELD, 0.8);
        relation.put(RelationKind.BROADER_HELD, 0.5);
        relation.put(RelationKind.SIBLING, 0.35);
        relation.put(RelationKind.RELATED_ESSENTIAL, 0.5);
        relation.put(RelationKind.RELATED_OPTIONAL, 0.35);
        relation.put(RelationKind.CO_OCCURS, 0.5);
        relation.put(RelationKind.GROUP_SIBLING, 0.25);
        var evidence = new EnumMap<EvidenceKind, Double>(EvidenceKind.class);
        evidence.put(EvidenceKind.WORK, 1.0);
        evidence.put(EvidenceKind.CERTIFICATE, 1.0);
        evidence.put(EvidenceKind.FORMAL_COURSE, 0.95);
        evidence.put(EvidenceKind.INFORMAL, 0.85);
        evidence.put(EvidenceKind.SELF_DECLARED, 0.8);
        var level = new EnumMap<ProficiencyLevel, Double>(ProficiencyLevel.class);
        level.put(ProficiencyLevel.BASIC, 0.75);
        level.put(ProficiencyLevel.INTERMEDIATE, 0.9);
        level.put(ProficiencyLevel.ADVANCED, 1.0);
        level.put(ProficiencyLevel.EXPERT, 1.0);
        double coverage = EvidenceWeights.shipped().coverageShare();
        return new MatchWeights(1.0, 0.35, coverage, 1 - coverage, reuse, 0.4, relation, 3, 0.2, 8, 25, 120, evidence, level, 0.9);
    }

    public double requirementWeight(boolean essential) {
        return essential ? essentialWeight : optionalWeight;
    }

    public double credit(RelationKind kind) {
        return relationCredit.get(kind);
    }

    /** How fully a held skill counts: evidence × level × (does it now or only can do it). 0 for a skill not held. */
    public double holderFactor(ProfileSkill skill) {
        return holderFactor(skill.level(), skill.evidence(), skill.assessment());
    }

    /** {@link #holderFactor(ProfileSkill)} from its parts (a stored profile's skills, read without their URIs). */
    public double holderFactor(ProficiencyLevel level, EvidenceKind evidence, SelfAssessment assessment) {
        if (!assessment.holdsSkill()) {
            return 0.0;
        }
        double f = evidenceFactor.get(evidence) * levelFactor.get(level);
        return assessment.doesItAlready() ? f : f * canDoButNotDoingFactor;
    }

    public MatchWeights withShares(double coverage, double relevance) {
        return new MatchWeights(essentialWeight, optionalWeight, coverage, relevance, reuseFactor, idfFloor, relationCredit,
                coOccurrenceMinCount, coOccurrenceMinCosine, coOccurrencePerSkill, maxSiblingGroup, maxSkillGroup, evidenceFactor,
                levelFactor, canDoButNotDoingFactor);
    }

    private static <E extends Enum<E>> Map<E, Double> complete(Map<E, Double> map, Class<E> type, String what, boolean atMostOne) {
        var copy = new EnumMap<E, Double>(type);
        for (E e : type.getEnumConstants()) {
            Double v = map.get(e);
            if (v == null || !(v > 0) || (atMostOne && v > 1.0)) {
                throw new IllegalArgumentException(what + " needs a value in (0, " + (atMostOne ? "1]" : "inf)") + " for " + e + ", was " + v);
            }
            copy.put(e, v);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
