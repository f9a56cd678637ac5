package nl.vaardig.matching.scoring;

import static nl.vaardig.matching.explain.Explanation.quantize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.explain.ProfileSkillUse;
import nl.vaardig.matching.explain.RequirementCredit;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancySkill;

/**
 * The exact score of a profile for a vacancy (formula in {@link MatchWeights}) and its explanation. The same
 * function ranks vacancies for a person and people for a vacancy, so a match has one score whichever side asks.
 * Thread-safe; {@link PreparedProfile}s are per request.
 */
public final class MatchScorer {

    private final SkillGraph graph;
    private final MatchWeights weights;
    private final EvidenceWeights evidence;

    private final SkillLabel[] dutchLabels;
    private final SkillLabel[] englishLabels;

    public MatchScorer(SkillGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.weights = graph.weights();
        this.evidence = graph.evidenceWeights();
        this.dutchLabels = new SkillLabel[graph.skillCount()];
        this.englishLabels = new SkillLabel[graph.skillCount()];
    }

    public SkillGraph graph() {
        return graph;
    }

    /** Held skills of a profile that the taxonomy knows, with their holder factors; the rest is left out. */
    public HeldSkills heldSkills(List<ProfileSkill> skills) {
        int[] ords = new int[skills.size()];
        double[] factors = new double[skills.size()];
        int n = 0;
        for (ProfileSkill s : skills) {
            double f = weights.holderFactor(s);
            OptionalInt o = graph.ordinal(s.skill());
            if (f > 0 && o.isPresent()) {
                ords[n] = o.getAsInt();
                factors[n] = f;
                n++;
            }
        }
        return new HeldSkills(java.util.Arrays.copyOf(ords, n), java.util.Arrays.copyOf(factors, n));
    }

    /**
     * A vacancy's requirements as ordinals.
     *
     * @throws IllegalArgumentException when a skill is not in the taxonomy (a vacancy must be matchable as a whole)
     */
    public Requirements requirements(List<VacancySkill> skills) {
        int[] ords = new int[skills.size()];
        boolean[] ess = new boolean[skills.size()];
        for (int i = 0; i < ords.length; i++) {
            VacancySkill s = skills.get(i);
            ords[i] = graph.ordinal(s.skill()).orElseThrow(
                    () -> new IllegalArgumentException("skill not in the taxonomy " + graph.taxonomy().version() + ": " + s.skill()));
            ess[i] = s.essential();
        }
        return new Requirements(ords, ess);
    }

    public PreparedProfile prepare(HeldSkills held) {
        return new PreparedProfile(graph).load(held);
    }

    /** Loads {@code held} into a reusable instance (made by {@link #prepare} for the same graph). */
    public PreparedProfile prepareInto(PreparedProfile scratch, HeldSkills held) {
        return scratch.load(held);
    }

    /**
     * Loads {@code held} expanded only toward the skills {@code r} asks (searching people: one load per candidate);
     * {@link #score}, {@link #coverage} and {@link #explain} against {@code r} give what a full load gives.
     */
    public PreparedProfile prepareInto(PreparedProfile scratch, HeldSkills held, Requirements r) {
        return scratch.loadFor(held, r);
    }

    public PreparedProfile prepare(List<ProfileSkill> skills) {
        return prepare(heldSkills(skills));
    }

    /** Total weight of a vacancy's requirements (the denominator of coverage). */
    public double requirementWeight(Requirements r) {
        double w = 0;
        for (int i = 0; i < r.size(); i++) {
            w += graph.requirementWeight(r.skills()[i], r.essential()[i]);
        }
        return w;
    }

    /** The score alone, without building an explanation; equal to {@code explain(...).score()}. */
    public double score(PreparedProfile p, Requirements r) {
        double wv = requirementWeight(r);
        double coverage = 0;
        for (int i = 0; i < r.size(); i++) {
            int s = r.skills()[i];
            float c = p.bestCredit[s];
            if (c > 0f) {
                coverage += coveragePoints(s, r.essential()[i], c, wv);
            }
        }
        double mass = evidence.spread(computeEvidence(p, r));
        double relevance = 0;
        for (int h = 0; h < p.held.size(); h++) {
            relevance += relevancePoints(p, h, mass);
        }
        return coverage + relevance;
    }

    /**
     * Share of the vacancy's requirement weight the profile meets (0..1): the coverage part without its share of the
     * score. "Jobs unlocked" counts vacancies whose coverage crosses a threshold.
     */
    public double coverage(PreparedProfile p, Requirements r) {
        double wv = requirementWeight(r);
        double met = 0;
        for (int i = 0; i < r.size(); i++) {
            int s = r.skills()[i];
            met += graph.requirementWeight(s, r.essential()[i]) * p.bestCredit[s];
        }
        return met / wv;
    }

    public Explanation explain(PreparedProfile p, Requirements r, Locale locale) {
        double wv = requirementWeight(r);
        var credits = new ArrayList<RequirementCredit>(r.size());
        for (int i = 0; i < r.size(); i++) {
            int s = r.skills()[i];
            boolean ess = r.essential()[i];
            double weight = graph.requirementWeight(s, ess);
            float c = p.bestCredit[s];
            SkillLabel label = label(s, locale);
            if (c > 0f) {
                int h = p.bestHeld[s];
                int held = p.held.skills()[h];
                SkillGraph.Links links = graph.covers(held);
                int li = p.bestLink[s];
                boolean kin = li < 0;
                RelationKind kind = kin ? RelationKind.GROUP_SIBLING : links.kindAt(li);
                int detail = kin ? -1 : links.detail()[li];
                credits.add(new RequirementCredit(label, ess, weight, kind, label(held, locale),
                        kind == RelationKind.SIBLING ? label(detail, locale) : null,
                        kind == RelationKind.CO_OCCURS ? detail : 0, linkCredit(p, s),
                        p.held.holderFactors()[h], c, coveragePoints(s, ess, c, wv)));
            } else {
                credits.add(new RequirementCredit(label, ess, weight, null, null, null, 0, 0, 0, 0, 0));
            }
        }
        computeUse(p, r);
        double mass = evidence.spread(computeEvidence(p, r));
        var uses = new ArrayList<ProfileSkillUse>(p.held.size());
        for (int h = 0; h < p.held.size(); h++) {
            int t = p.held.skills()[h];
            uses.add(new ProfileSkillUse(label(t, locale), graph.specificity(t), p.use[h], relevancePoints(p, h, mass)));
        }
        return Explanation.of(credits, uses);
    }

    /**
     * Candidate-search estimate of the relevance part a vacancy asking {@code requiredSkill} adds: the capped
     * evidence of the held skill that earns the credit for it, scaled by the relation's credit. An estimate (the
     * exact evidence depends on the vacancy's size, and several requirements may share one held skill), used only to
     * choose whom to score exactly.
     */
    public double relevanceEstimate(PreparedProfile p, int requiredSkill) {
        if (p.bestCredit[requiredSkill] == 0f || p.evidenceNorm == 0) {
            return 0;
        }
        int h = p.bestHeld[requiredSkill];
        return weights.relevanceShare() * p.reuseWeight[h] * p.evidenceCap[h] * linkCredit(p, requiredSkill) / p.evidenceNorm;
    }

    /** The relation credit (before the holder factor) behind the profile's best credit for a required skill. */
    private float linkCredit(PreparedProfile p, int requiredSkill) {
        int li = p.bestLink[requiredSkill];
        return li < 0 ? graph.kinship().credit(-1 - li) : graph.covers(p.held.skills()[p.bestHeld[requiredSkill]]).credit()[li];
    }

    private double coveragePoints(int s, boolean essential, float credit, double totalWeight) {
        return quantize(weights.coverageShare() * graph.requirementWeight(s, essential) * credit / totalWeight);
    }

    /**
     * A held skill's part of the relevance: its evidence for this vacancy ({@link EvidenceWeights}), capped at what
     * the skill asked as such by a vacancy of the reference mass would give, times its reuse-level factor (a
     * transversal skill counts little), over the profile's sum of those capped, weighted maxima.
     */
    private double relevancePoints(PreparedProfile p, int h, double mass) {
        double explained = evidence.explained(p.ownMass[h], p.standInMass[h]);
        if (explained == 0 || p.evidenceNorm == 0) {
            return 0;
        }
        double e = Math.min(Math.log1p(explained / (mass * p.backgroundTerm[h])), p.evidenceCap[h]);
        return quantize(weights.relevanceShare() * p.reuseWeight[h] * e / p.evidenceNorm);
    }

    /**
     * For every held skill, the requirement mass that asks it as such and as a stand-in ({@link SkillEvidence}),
     * into {@code p.ownMass} and {@code p.standInMass}; a requirement the person holds as such lends no stand-in mass
     * (the person shows that skill itself, so a related one is not what they show instead of it). Returns the vacancy's total requirement mass (W before
     * {@link EvidenceWeights#spread}).
     */
    static double computeEvidence(PreparedProfile p, Requirements r) {
        EvidenceWeights ew = p.graph().evidenceWeights();
        int n = p.held.size();
        java.util.Arrays.fill(p.ownMass, 0, n, 0);
        java.util.Arrays.fill(p.standInMass, 0, n, 0);
        double total = 0;
        for (int i = 0; i < r.size(); i++) {
            int s = r.skills()[i];
            double m = ew.mass(r.essential()[i]);
            total += m;
            int h = p.heldAt[s] - 1;
            if (h >= 0) {
                p.ownMass[h] += m * p.held.holderFactors()[h];
                // one requirement accounts for one skill of the person: held as such, it explains no stand-in besides
                continue;
            }
            int pos = p.evidencePosition[s];
            if (pos > 0) {
                for (int k = p.evidenceStart[pos - 1]; k < p.evidenceStart[pos]; k++) {
                    p.standInMass[p.evidenceHeld[k]] += m * p.evidenceProbability[k];
                }
            }
        }
        return total;
    }

    /**
     * For every held skill, its best relation credit to any of the vacancy's requirements, into {@code p.use}:
     * walks only the requirements the profile earns credit for, through the profile's reverse links.
     */
    static void computeUse(PreparedProfile p, Requirements r) {
        java.util.Arrays.fill(p.use, 0, p.held.size(), 0f);
        SkillKinship kinship = p.graph().kinship();
        for (int s : r.skills()) {
            if (p.bestCredit[s] == 0f) {
                continue;
            }
            int pos = p.position[s];
            for (int k = p.byStart[pos]; k < p.byStart[pos + 1]; k++) {
                int h = p.byHeld[k];
                if (p.byCredit[k] > p.use[h]) {
                    p.use[h] = p.byCredit[k];
                }
            }
            // group siblings have no link: the held skills in the requirement's kin groups
            for (int g : kinship.groups(s)) {
                for (int k = p.kinHolders(g); k >= 0; k = p.kinNext[k]) {
                    int h = p.kinHeld[k];
                    if (p.held.skills()[h] != s && kinship.credit(g) > p.use[h]) {
                        p.use[h] = kinship.credit(g);
                    }
                }
            }
        }
    }

    private SkillLabel label(int ordinal, Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        boolean english = "en".equals(locale.getLanguage());
        if (!dutch && !english) {
            return SkillLabel.of(graph.skill(ordinal), locale);
        }
        SkillLabel[] cache = dutch ? dutchLabels : englishLabels;
        SkillLabel l = cache[ordinal];
        if (l == null) {
            // immutable values: a racing thread at worst computes the same label twice
            l = cache[ordinal] = SkillLabel.of(graph.skill(ordinal), locale);
        }
        return l;
    }
}
