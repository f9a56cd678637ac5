package nl.vaardig.matching.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Parameters of the relevance part of the score ({@link SkillEvidence}): how strongly a vacancy explains each of the
 * person's skills. For a held skill t and a vacancy with requirement mass W,
 * <pre>
 *   evidence(t) = log(1 + max(own·mass(t asked), min(Σ_s mass(s)·min(standIn·P(t | s) + coOccurrence·Q(t | s), 0.8·own), 0.8·own))
 *                         / (W · background · bg(t)))
 *   bg(t)       = (1 − uniformBackground) · share of t in all occupations' skills + uniformBackground / #skills
 * </pre>
 * where the stand-in sum runs over the requirements s the person does not hold as such: a requirement accounts for
 * one of the person's skills, itself or one shown instead of it (as the generated profiles replace a kept skill).
 * a log-likelihood ratio: how much more likely the person holds t when they do this work than in general. A rare
 * skill the vacancy asks says more than a common one, a short vacancy concentrates its mass on fewer skills, and a
 * stand-in counts by how specific the relation is. Learnt from generated profile sets by
 * {@code matching-core/bin/train-weights.sh}; shipped as {@code evidence-weights.properties}.
 *
 * @param own              share of a person's skills that are skills the work asks as such
 * @param standIn          share that are related, broader, narrower or sibling skills of them
 * @param coOccurrence     share that other occupations asking those skills also ask (ESCO co-occurrence: what people
 *                         in neighbouring work, e.g. a previous job in the same field, bring along)
 * @param background       share unrelated to the work (other jobs, general skills); the four add up to 1
 * @param uniformBackground part of that background drawn evenly from all skills rather than as often as
 *                         occupations ask them (0..1)
 * @param optionalMass     mass of an optional requirement relative to an essential one (1)
 * @param referenceMass    requirement mass at which a held skill's evidence is capped (keeps relevance within 0..1)
 * @param sizeExponent     size normalisation: W above is {@code mass^sizeExponent} ({@link #spread})
 * @param coverageShare    part of the score for covering the vacancy's requirements (relevance gets the rest)
 */
public record EvidenceWeights(double own, double standIn, double coOccurrence, double background, double uniformBackground,
                              double optionalMass, double referenceMass, double sizeExponent, double coverageShare) {

    static final String RESOURCE = "evidence-weights.properties";
    /**
     * A stand-in never explains a held skill more than this share of what the required skill itself would (as the
     * relation credits of {@link MatchWeights} stay below 1): learnt weights may scale stand-ins up, since most stand-in
     * probabilities are small, but not past the skill itself.
     */
    public static final double STAND_IN_CEILING = 0.8;

    public EvidenceWeights {
        if (!(own > 0) || !(standIn >= 0) || !(coOccurrence >= 0) || !(background > 0)
                || Math.abs(own + standIn + coOccurrence + background - 1) > 1e-6) {
            throw new IllegalArgumentException("own, standIn, coOccurrence and background must be positive shares adding up to 1");
        }
        if (!(uniformBackground >= 0 && uniformBackground <= 1)) {
            throw new IllegalArgumentException("uniformBackground must be within [0, 1]");
        }
        if (!(optionalMass > 0 && optionalMass <= 1) || !(referenceMass >= 1)) {
            throw new IllegalArgumentException("need 0 < optionalMass <= 1 and referenceMass >= 1");
        }
        if (!(sizeExponent > 0 && sizeExponent <= 2)) {
            throw new IllegalArgumentException("sizeExponent must be within (0, 2]");
        }
        if (!(coverageShare >= 0 && coverageShare < 1)) {
            throw new IllegalArgumentException("coverageShare must be within [0, 1)");
        }
    }

    /** The shipped, learnt weights. */
    public static EvidenceWeights shipped() {
        try (InputStream in = EvidenceWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                var p = new Properties();
                p.load(r);
                return of(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EvidenceWeights of(Properties p) {
        return new EvidenceWeights(number(p, "own"), number(p, "standIn"), number(p, "coOccurrence"), number(p, "background"),
                number(p, "uniformBackground"), number(p, "optionalMass"), number(p, "referenceMass"), number(p, "sizeExponent"),
                number(p, "coverageShare"));
    }

    public Properties toProperties() {
        var p = new Properties();
        p.setProperty("own", Double.toString(own));
        p.setProperty("standIn", Double.toString(standIn));
        p.setProperty("coOccurrence", Double.toString(coOccurrence));
        p.setProperty("background", Double.toString(background));
        p.setProperty("uniformBackground", Double.toString(uniformBackground));
        p.setProperty("optionalMass", Double.toString(optionalMass));
        p.setProperty("referenceMass", Double.toString(referenceMass));
        p.setProperty("sizeExponent", Double.toString(sizeExponent));
        p.setProperty("coverageShare", Double.toString(coverageShare));
        return p;
    }

    /**
     * What one stand-in pair adds to a held skill's explained mass: {@code p} the relation probability, {@code q} the
     * co-occurrence share (see {@link SkillEvidence}).
     */
    public double standInWeight(double p, double q) {
        return Math.min(standIn * p + coOccurrence * q, STAND_IN_CEILING * own);
    }

    /**
     * How much of a held skill a vacancy explains: by the requirement mass asking it as such, or else by the
     * requirements it stands in for (weighted already, all together at most the ceiling share of one essential
     * requirement asking the skill) — whichever is more, never both, so related skills never outweigh the skill itself.
     */
    public double explained(double ownMass, double weightedStandInMass) {
        return Math.max(own * ownMass, Math.min(weightedStandInMass, STAND_IN_CEILING * own));
    }

    /**
     * How thinly a vacancy of this requirement mass spreads what it explains: {@code mass^sizeExponent}. At 1 every
     * skill of a vacancy twice as long counts half; below 1 a long vacancy, which also explains more of a person's
     * skills, is penalised less than in proportion.
     */
    public double spread(double mass) {
        return sizeExponent == 1 ? mass : Math.pow(mass, sizeExponent);
    }

    public double mass(boolean essential) {
        return essential ? 1.0 : optionalMass;
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(RESOURCE + " lacks " + key);
        }
        return Double.parseDouble(v.strip());
    }
}
