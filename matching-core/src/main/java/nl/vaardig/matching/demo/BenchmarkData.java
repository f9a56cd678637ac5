package nl.vaardig.matching.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * The benchmark data set (SYNTHETIC), shared by the Lucene benchmark and the side-by-side PostgreSQL benchmark in web-api:
 * synthetic vacancies published in the ten weeks before {@link #TODAY} (most still open), and query profiles of
 * exactly 30 held skills.
 */
public final class BenchmarkData {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    public static final LocalDate FROM = TODAY.minusWeeks(10);
    public static final long SEED = 20250602L;

    private BenchmarkData() {
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    public static java.util.Iterator<Vacancy> vacancies(DemoDataGenerator gen, long count) {
        return gen.vacancies(count, FROM, TODAY, SeasonalPattern.flat());
    }

    /** Vacancy number {@code i} of the benchmark set. */
    public static Vacancy vacancyAt(DemoDataGenerator gen, long i) {
        return gen.vacancy(i, FROM, TODAY, SeasonalPattern.flat());
    }

    /** Profiles with 30 held skills: a generated profile, topped up with skills of further occupations. */
    public static List<Profile> queryProfiles(DemoDataGenerator gen, Taxonomy taxonomy, int count) {
        var out = new ArrayList<Profile>(count);
        var random = new Random(SEED);
        for (int i = 0; i < count; i++) {
            Profile p = gen.profile(10_000_000L + i);
            var skills = new LinkedHashSet<SkillUri>();
            p.heldSkills().forEach(s -> skills.add(s.skill()));
            while (skills.size() < 30) {
                var occ = taxonomy.occupationAt(random.nextInt(taxonomy.occupationCount())).uri();
                for (SkillUri s : taxonomy.essentialSkills(occ)) {
                    if (skills.size() < 30) {
                        skills.add(s);
                    }
                }
            }
            List<ProfileSkill> thirty = skills.stream().limit(30).map(ProfileSkill::fromWork).toList();
            out.add(p.withSkills(thirty));
        }
        return out;
    }
}
