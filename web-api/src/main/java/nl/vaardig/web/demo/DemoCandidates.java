package nl.vaardig.web.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;

/**
 * SYNTHETIC candidates: care workers around Groot Amsterdam (so the demo employer finds people), and the consent
 * pattern of every demo profile: most consent to employer search in their own region, one in ten never did and
 * one in ten withdrew (so the demo shows that those are never found); one in four of the consenting also asked a
 * jobcoach of their region for help.
 */
final class DemoCandidates {

    /** Neighbouring regions of Groot Amsterdam whose care workers also consent to be found there. */
    private static final List<AmrCode> AROUND = List.of(new AmrCode("AM18"), new AmrCode("AM18"), new AmrCode("AM18"),
            new AmrCode("AM17"), new AmrCode("AM19"));

    private final Taxonomy taxonomy;
    private final long seed;

    DemoCandidates(Taxonomy taxonomy, long seed) {
        this.taxonomy = taxonomy;
        this.seed = seed;
    }

    Profile careProfile(int i) {
        Random r = new Random(seed * 0x5DEECE66DL + 7919L * i);
        OccupationUri occupation = DemoEmployer.OCCUPATIONS.get(i % DemoEmployer.OCCUPATIONS.size());
        var skills = new ArrayList<ProfileSkill>();
        Set<SkillUri> held = new LinkedHashSet<>();
        double share = 0.35 + 0.5 * r.nextDouble();
        for (SkillUri s : DemoVacancies.employerEssentials(taxonomy, occupation)) {
            if (r.nextDouble() < share && held.add(s)) {
                skills.add(new ProfileSkill(s, ProficiencyLevel.values()[r.nextInt(4)],
                        r.nextDouble() < 0.7 ? EvidenceKind.WORK : EvidenceKind.FORMAL_COURSE,
                        r.nextDouble() < 0.8 ? SelfAssessment.DOES_IT : SelfAssessment.CAN_DO_IT));
            }
        }
        if (skills.isEmpty()) {
            SkillUri first = DemoVacancies.employerEssentials(taxonomy, occupation).getFirst();
            skills.add(ProfileSkill.fromWork(first));
        }
        AmrCode region = AROUND.get(r.nextInt(AROUND.size()));
        GeoPoint home = new GeoPoint(52.25 + 0.2 * r.nextDouble(), 4.7 + 0.3 * r.nextDouble());
        return new Profile(new ProfileId(uuid(r)), skills, Set.of(), region, home, new HoursPerWeek(16, 36), occupation, true);
    }

    List<Consent> consents(Profile p, int i, String wording, Instant now) {
        Instant given = now.minus(1 + i % 90, ChronoUnit.DAYS);
        Set<AmrCode> regions = new LinkedHashSet<>();
        regions.add(p.region());
        if (!p.region().equals(DemoEmployer.REGION) && i % 2 == 0 && DemoEmployer.OCCUPATIONS.contains(p.occupation())) {
            regions.add(DemoEmployer.REGION);
        }
        return switch (i % 10) {
            case 9 -> List.of();
            case 8 -> List.of(new Consent(UUID.randomUUID(), p.id(), ConsentKind.EMPLOYER_SEARCH, regions, given, wording,
                    given.plus(1, ChronoUnit.DAYS)));
            // one in four also asked a jobcoach of their own region for help: the demo coaches' caseload
            default -> i % 4 == 1
                    ? List.of(new Consent(UUID.randomUUID(), p.id(), ConsentKind.EMPLOYER_SEARCH, regions, given, wording, null),
                            new Consent(UUID.randomUUID(), p.id(), ConsentKind.COACH_HELP, Set.of(p.region()), given, wording, null))
                    : List.of(new Consent(UUID.randomUUID(), p.id(), ConsentKind.EMPLOYER_SEARCH, regions, given, wording, null));
        };
    }

    private static UUID uuid(Random r) {
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(msb, lsb);
    }
}
