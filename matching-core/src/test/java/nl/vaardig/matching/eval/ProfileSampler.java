package nl.vaardig.matching.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Draws a realistic skills profile for someone in an occupation: part of its essentials, a few optionals, some
 * skills named by a broader or sibling skill instead, skills from a previous job in a neighbouring occupation and
 * some transversal skills. Seeded: the same seed gives the same profiles.
 */
public final class ProfileSampler {

    private final Taxonomy taxonomy;
    private final List<SkillUri> transversal;

    public ProfileSampler(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.transversal = taxonomy.skills().stream().filter(s -> s.reuseLevel() == ReuseLevel.TRANSVERSAL)
                .map(Skill::uri).toList();
    }

    public List<SkillUri> sample(OccupationUri occupation, NoiseLevel noise, Random random) {
        var out = new LinkedHashSet<SkillUri>();
        List<SkillUri> ess = shuffled(taxonomy.essentialSkills(occupation), random);
        List<SkillUri> opt = shuffled(taxonomy.optionalSkills(occupation), random);
        int nEss = Math.min(ess.size(), Math.max(noise.minEssentials(), (int) Math.round(ess.size() * noise.essentialShare())));
        int nOpt = (int) Math.round(opt.size() * noise.optionalShare());
        var own = new ArrayList<SkillUri>(ess.subList(0, nEss));
        own.addAll(opt.subList(0, Math.min(nOpt, opt.size())));
        for (SkillUri s : own) {
            out.add(random.nextDouble() < noise.replaceShare() ? replacement(s, random) : s);
        }
        OccupationUri previous = neighbour(occupation, random);
        if (previous != null && noise.previousJob() > 0) {
            var prev = shuffled(taxonomy.essentialSkills(previous), random);
            prev.addAll(shuffled(taxonomy.optionalSkills(previous), random));
            prev.stream().limit(noise.previousJob()).forEach(out::add);
        }
        for (int i = 0; i < noise.transversal() && !transversal.isEmpty(); i++) {
            out.add(transversal.get(random.nextInt(transversal.size())));
        }
        return List.copyOf(out);
    }

    /** A broader skill, else a sibling, else the skill itself (nothing to replace it with). */
    private SkillUri replacement(SkillUri s, Random random) {
        List<SkillUri> broader = taxonomy.broaderSkills(s);
        if (!broader.isEmpty()) {
            SkillUri up = broader.get(random.nextInt(broader.size()));
            if (random.nextBoolean()) {
                return up;
            }
            List<SkillUri> siblings = new ArrayList<>(taxonomy.narrowerSkills(up));
            siblings.remove(s);
            if (!siblings.isEmpty()) {
                return siblings.get(random.nextInt(siblings.size()));
            }
            return up;
        }
        return s;
    }

    /** Another occupation in the same ISCO unit group, else a broader or narrower occupation. */
    private OccupationUri neighbour(OccupationUri occupation, Random random) {
        String isco = taxonomy.occupation(occupation).map(o -> o.iscoCode()).orElse("");
        var candidates = new ArrayList<OccupationUri>();
        if (!isco.isEmpty()) {
            taxonomy.occupations().stream().filter(o -> o.iscoCode().equals(isco) && !o.uri().equals(occupation))
                    .forEach(o -> candidates.add(o.uri()));
        }
        if (candidates.isEmpty()) {
            candidates.addAll(taxonomy.broaderOccupations(occupation));
            candidates.addAll(taxonomy.narrowerOccupations(occupation));
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private static <T> List<T> shuffled(List<T> in, Random random) {
        var copy = new ArrayList<>(in);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }
}
