package nl.vaardig.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why a profile and a vacancy match, and by how much. {@code score = coverage + relevance}, and both are the sums
 * of their parts ({@link #parts()}), exactly.
 *
 * @param requirements every requirement of the vacancy: matched, partly matched, missing (essentials first)
 * @param profileUse   the profile's held skills and how much the vacancy uses each
 */
public record Explanation(double score, double coverage, double relevance, List<RequirementCredit> requirements,
                          List<ProfileSkillUse> profileUse) {

    /** Every part of a score is a multiple of this (2^-24), so that parts add up exactly. */
    public static final double QUANTUM = 0x1.0p-24;

    public Explanation {
        requirements = List.copyOf(requirements);
        profileUse = List.copyOf(profileUse);
        if (score != coverage + relevance) {
            throw new IllegalArgumentException("score must be coverage + relevance");
        }
    }

    /** Rounds a contribution onto the {@link #QUANTUM} grid. */
    public static double quantize(double points) {
        return Math.round(points / QUANTUM) * QUANTUM;
    }

    public List<RequirementCredit> matched() {
        return requirements.stream().filter(RequirementCredit::fullyMatched).toList();
    }

    public List<RequirementCredit> partial() {
        return requirements.stream().filter(RequirementCredit::partial).toList();
    }

    /** Requirements not met at all, essentials first, then by weight. */
    public List<RequirementCredit> missing() {
        return requirements.stream().filter(r -> !r.met())
                .sorted(Comparator.comparing((RequirementCredit r) -> !r.essential())
                        .thenComparing(Comparator.comparingDouble(RequirementCredit::weight).reversed()))
                .toList();
    }

    /** How much of the vacancy's essentials the person brings: the readable scale of this match. */
    public EssentialFit essentialFit() {
        return EssentialFit.of(requirements);
    }

    /** The non-zero addends of the score. */
    public List<ScorePart> parts() {
        var out = new ArrayList<ScorePart>();
        for (RequirementCredit r : requirements) {
            if (r.points() > 0) {
                out.add(new ScorePart(ScorePart.Kind.COVERAGE, r.skill(), r.points()));
            }
        }
        for (ProfileSkillUse u : profileUse) {
            if (u.points() > 0) {
                out.add(new ScorePart(ScorePart.Kind.RELEVANCE, u.skill(), u.points()));
            }
        }
        return out;
    }

    public static Explanation of(List<RequirementCredit> requirements, List<ProfileSkillUse> profileUse) {
        Objects.requireNonNull(requirements, "requirements");
        double coverage = 0;
        for (RequirementCredit r : requirements) {
            coverage += r.points();
        }
        double relevance = 0;
        for (ProfileSkillUse u : profileUse) {
            relevance += u.points();
        }
        return new Explanation(coverage + relevance, coverage, relevance, requirements, profileUse);
    }
}
