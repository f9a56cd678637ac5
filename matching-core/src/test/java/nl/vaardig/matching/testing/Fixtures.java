package nl.vaardig.matching.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;

/** Small builders for test records. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    public static final AmrCode GROOT_AMSTERDAM = new AmrCode("AM18");
    public static final AmrCode UTRECHT = new AmrCode("AM25");
    public static final GeoPoint AMSTERDAM = new GeoPoint(52.37, 4.90);
    public static final GeoPoint UTRECHT_CITY = new GeoPoint(52.09, 5.12);

    private Fixtures() {
    }

    public static VacancyId vacancyId(int n) {
        return new VacancyId(new UUID(0x5a5a, n));
    }

    public static Vacancy vacancy(int n, String title, List<VacancySkill> skills) {
        return new Vacancy(vacancyId(n), title, null, GROOT_AMSTERDAM, AMSTERDAM, new HoursPerWeek(32, 40),
                ContractType.PERMANENT, new IscoCode("2512"), TODAY.minusDays(7),
                new ValidityPeriod(TODAY.minusDays(7), TODAY.plusDays(30)), skills, true);
    }

    public static Profile profile(SkillUri... skills) {
        return Profile.anonymous(java.util.Arrays.stream(skills).map(ProfileSkill::fromWork).toList());
    }

    public static Profile storedProfile(int n, AmrCode region, GeoPoint home, SkillUri... skills) {
        return new Profile(new ProfileId(new UUID(0x7070, n)),
                java.util.Arrays.stream(skills).map(ProfileSkill::fromWork).toList(), java.util.Set.of(), region, home,
                new HoursPerWeek(24, 40), null, true);
    }
}
