package nl.vaardig.matching.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Seeded, reproducible SYNTHETIC vacancies and profiles drawn from ESCO occupation–skill relations, spread over
 * the 35 arbeidsmarktregio's by size. Record {@code i} depends only on the seed and {@code i}, so any slice can
 * be regenerated and generation streams (nothing is held). Every record has {@code synthetic = true} and every
 * title ends in "(demo)".
 *
 * <p>A vacancy: an occupation, about 85% of its essential skills (at least one) and 30% of its optional ones, a
 * publication day drawn from a date range with seasonal factors, open 4–10 weeks. A profile: a current occupation
 * with about 60% of its essentials, some optionals, some skills named one level broader, a few skills from a
 * neighbouring occupation and transversal skills; levels, evidence, self-assessment and 0–3 learning wishes.
 */
public final class DemoDataGenerator {

    private final Taxonomy taxonomy;
    private final RegionGeography geography;
    private final long seed;
    private final int[] occupations;
    private final List<SkillUri> transversal;

    public DemoDataGenerator(Taxonomy taxonomy, RegionGeography geography, long seed) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.geography = Objects.requireNonNull(geography, "geography");
        this.seed = seed;
        var occ = new ArrayList<Integer>();
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            if (!taxonomy.essentialSkills(taxonomy.occupationAt(o).uri()).isEmpty()) {
                occ.add(o);
            }
        }
        this.occupations = occ.stream().mapToInt(Integer::intValue).toArray();
        this.transversal = taxonomy.skills().stream().filter(s -> s.reuseLevel() == ReuseLevel.TRANSVERSAL).map(Skill::uri).toList();
    }

    /** Vacancy number {@code i}, published in [from, to]. */
    public Vacancy vacancy(long i, LocalDate from, LocalDate to, SeasonalPattern season) {
        Random r = random(1, i);
        Occupation occ = taxonomy.occupationAt(occupations[r.nextInt(occupations.length)]);
        var skills = new ArrayList<VacancySkill>();
        List<SkillUri> ess = taxonomy.essentialSkills(occ.uri());
        for (SkillUri s : ess) {
            if (r.nextDouble() < 0.85) {
                skills.add(VacancySkill.essential(s));
            }
        }
        if (skills.isEmpty()) {
            skills.add(VacancySkill.essential(ess.get(r.nextInt(ess.size()))));
        }
        for (SkillUri s : taxonomy.optionalSkills(occ.uri())) {
            if (r.nextDouble() < 0.3) {
                skills.add(VacancySkill.optional(s));
            }
        }
        RegionGeography.Region region = geography.draw(r);
        LocalDate published = season.draw(from, to, r);
        int open = 28 + r.nextInt(43);
        return new Vacancy(new VacancyId(uuid(r)), occ.label(Locale.of("nl")).text() + " (demo)", occ.uri(), region.code(),
                geography.near(region, r), hours(r), contract(r), isco(occ), published,
                new ValidityPeriod(published, published.plusDays(open)), skills, true);
    }

    /** Profile number {@code i}. */
    public Profile profile(long i) {
        Random r = random(2, i);
        Occupation occ = taxonomy.occupationAt(occupations[r.nextInt(occupations.length)]);
        var chosen = new LinkedHashSet<SkillUri>();
        for (SkillUri s : taxonomy.essentialSkills(occ.uri())) {
            if (r.nextDouble() < 0.6) {
                chosen.add(r.nextDouble() < 0.1 ? broaderOrSelf(s, r) : s);
            }
        }
        for (SkillUri s : taxonomy.optionalSkills(occ.uri())) {
            if (r.nextDouble() < 0.15) {
                chosen.add(s);
            }
        }
        OccupationUri previous = taxonomy.occupationAt(occupations[r.nextInt(occupations.length)]).uri();
        taxonomy.essentialSkills(previous).stream().limit(r.nextInt(4)).forEach(chosen::add);
        for (int k = r.nextInt(4); k > 0 && !transversal.isEmpty(); k--) {
            chosen.add(transversal.get(r.nextInt(transversal.size())));
        }
        var skills = new ArrayList<ProfileSkill>();
        for (SkillUri s : chosen) {
            skills.add(new ProfileSkill(s, ProficiencyLevel.values()[r.nextInt(4)], evidence(r),
                    r.nextDouble() < 0.8 ? SelfAssessment.DOES_IT : SelfAssessment.CAN_DO_IT));
        }
        // learning wishes: skills of the occupation not yet held, or of a neighbouring one
        var wishes = new LinkedHashSet<SkillUri>();
        List<SkillUri> ess = taxonomy.essentialSkills(occ.uri());
        for (int k = r.nextInt(4); k > 0; k--) {
            SkillUri w = ess.get(r.nextInt(ess.size()));
            if (!chosen.contains(w)) {
                wishes.add(w);
            }
        }
        if (skills.isEmpty()) {
            skills.add(ProfileSkill.fromWork(ess.getFirst()));
        }
        RegionGeography.Region region = geography.draw(r);
        int min = 8 * (1 + r.nextInt(4));
        return new Profile(new ProfileId(uuid(r)), skills, Set.copyOf(wishes), region.code(), geography.near(region, r),
                new HoursPerWeek(min, Math.min(40, min + 8 * r.nextInt(3))), occ.uri(), true);
    }

    /** Vacancies {@code 0..count-1}, generated on demand. */
    public Iterator<Vacancy> vacancies(long count, LocalDate from, LocalDate to, SeasonalPattern season) {
        return new Counter<>(count, i -> vacancy(i, from, to, season));
    }

    public Iterator<Profile> profiles(long count) {
        return new Counter<>(count, this::profile);
    }

    private Random random(int stream, long i) {
        return new Random(seed * 0x9E3779B97F4A7C15L + stream * 0x632BE59BD9B4E019L + i);
    }

    private SkillUri broaderOrSelf(SkillUri s, Random r) {
        List<SkillUri> up = taxonomy.broaderSkills(s);
        return up.isEmpty() ? s : up.get(r.nextInt(up.size()));
    }

    private static UUID uuid(Random r) {
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(msb, lsb);
    }

    private static HoursPerWeek hours(Random r) {
        double x = r.nextDouble();
        if (x < 0.45) {
            return new HoursPerWeek(36, 40);
        } else if (x < 0.75) {
            return new HoursPerWeek(24, 32);
        } else if (x < 0.9) {
            return new HoursPerWeek(16, 24);
        }
        return new HoursPerWeek(8, 16);
    }

    private static ContractType contract(Random r) {
        double x = r.nextDouble();
        return x < 0.45 ? ContractType.PERMANENT : x < 0.75 ? ContractType.TEMPORARY
                : x < 0.9 ? ContractType.AGENCY : x < 0.95 ? ContractType.FREELANCE : ContractType.TRAINEESHIP;
    }

    private static EvidenceKind evidence(Random r) {
        double x = r.nextDouble();
        return x < 0.55 ? EvidenceKind.WORK : x < 0.7 ? EvidenceKind.FORMAL_COURSE : x < 0.8 ? EvidenceKind.CERTIFICATE
                : x < 0.9 ? EvidenceKind.INFORMAL : EvidenceKind.SELF_DECLARED;
    }

    private static IscoCode isco(Occupation occ) {
        return occ.iscoCode().matches("[0-9]{1,4}") ? new IscoCode(occ.iscoCode()) : null;
    }

    private static final class Counter<T> implements Iterator<T> {
        private final long count;
        private final java.util.function.LongFunction<T> make;
        private long next;

        Counter(long count, java.util.function.LongFunction<T> make) {
            this.count = count;
            this.make = make;
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public T next() {
            if (next >= count) {
                throw new NoSuchElementException();
            }
            return make.apply(next++);
        }
    }
}
