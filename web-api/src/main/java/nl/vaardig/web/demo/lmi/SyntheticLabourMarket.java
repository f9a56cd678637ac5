package nl.vaardig.web.demo.lmi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.web.lmi.aggregate.DemandFacts;

/**
 * SYNTHETIC labour-market history: seeded, reproducible vacancies and profiles over a date range, with regional
 * variation (region size; sector emphasis such as logistics in Rijnmond, ICT in Groot Amsterdam, technology in
 * Zuidoost-Brabant) and seasonal variation (hospitality in summer, logistics before Christmas, construction dips
 * in winter, education before the school year) plus a trend per sector. Occupations and skills are real ESCO
 * concepts; the people and vacancies are invented.
 */
public final class SyntheticLabourMarket {

    /** Sectors by ISCO-08 sub-major groups, with demand season (12 month factors), yearly trend and supply share. */
    public enum Sector {
        ZORG(List.of("22", "32", "53"), new double[] {1, 1, 1, 1, 1, 1, 0.9, 0.9, 1.1, 1.1, 1, 0.9}, 0.10, 0.8),
        ICT(List.of("25", "35"), new double[] {1, 1, 1.1, 1.1, 1, 0.9, 0.8, 0.8, 1.1, 1.1, 1, 0.8}, 0.25, 0.55),
        TECHNIEK(List.of("31", "72", "74"), new double[] {1, 1, 1.1, 1.1, 1, 1, 0.8, 0.8, 1, 1.1, 1, 0.9}, 0.05, 0.7),
        LOGISTIEK(List.of("83", "93", "43"), new double[] {0.8, 0.8, 0.9, 0.9, 1, 1, 1, 1, 1.1, 1.3, 1.5, 1.2}, 0.02, 1.1),
        BOUW(List.of("71"), new double[] {0.7, 0.8, 1, 1.1, 1.2, 1.2, 1.1, 0.9, 1.1, 1.1, 1, 0.7}, 0.0, 0.9),
        ONDERWIJS(List.of("23"), new double[] {0.8, 0.8, 0.9, 1, 1.3, 1.6, 1.2, 1.4, 0.9, 0.7, 0.7, 0.6}, 0.03, 0.9),
        HORECA(List.of("51", "94"), new double[] {0.6, 0.7, 0.9, 1.2, 1.5, 1.6, 1.5, 1.2, 0.9, 0.8, 0.7, 0.8}, 0.0, 1.2),
        ADMINISTRATIE(List.of("41", "33"), new double[] {1, 1, 1, 1, 1, 1, 0.9, 0.9, 1, 1, 1, 0.9}, -0.25, 1.6);

        final List<String> isco;
        final double[] season;
        final double trend;
        final double supplyShare;

        Sector(List<String> isco, double[] season, double trend, double supplyShare) {
            this.isco = isco;
            this.season = season;
            this.trend = trend;
            this.supplyShare = supplyShare;
        }
    }

    /** Regional emphasis (multipliers on a sector's share) for regions known for a sector. */
    private static final Map<String, Map<Sector, Double>> EMPHASIS = Map.ofEntries(
            Map.entry("AM18", Map.of(Sector.ICT, 2.5, Sector.HORECA, 1.8, Sector.ADMINISTRATIE, 2.0)),
            Map.entry("AM22", Map.of(Sector.LOGISTIEK, 2.5, Sector.TECHNIEK, 1.3)),
            Map.entry("AM28", Map.of(Sector.TECHNIEK, 2.5, Sector.ICT, 1.6)),
            Map.entry("AM13", Map.of(Sector.ICT, 1.8, Sector.ONDERWIJS, 1.3)),
            Map.entry("AM21", Map.of(Sector.ADMINISTRATIE, 2.0)),
            Map.entry("AM29", Map.of(Sector.LOGISTIEK, 2.2)),
            Map.entry("AM30", Map.of(Sector.ZORG, 1.6)),
            Map.entry("AM24", Map.of(Sector.HORECA, 2.0)),
            Map.entry("AM05", Map.of(Sector.TECHNIEK, 1.5)),
            Map.entry("AM38", Map.of(Sector.TECHNIEK, 1.4, Sector.LOGISTIEK, 1.3)),
            Map.entry("AM01", Map.of(Sector.ONDERWIJS, 1.4, Sector.ZORG, 1.2)));
    /** Extra weight for the big-city regions (the gemeente count alone understates them). */
    private static final Map<String, Integer> CITY_BONUS = Map.of("AM18", 22, "AM22", 16, "AM21", 12, "AM13", 12, "AM28", 6);

    public record Job(String uri, String isco, Sector sector, List<String> essential, List<String> optional) {
    }

    public record SyntheticVacancy(String region, LocalDate from, LocalDate until, Job job, List<DemandFacts.Required> skills) {
    }

    public record SyntheticProfile(UUID id, String region, LocalDate registeredOn, boolean consent, Job job,
                                   Set<String> skills, Set<String> wants) {
    }

    private final long seed;
    private final LocalDate from;
    private final int days;
    private final List<String> regions = new ArrayList<>();
    private final List<Integer> regionWeights = new ArrayList<>();
    private final int regionWeightSum;
    private final Map<Sector, List<Job>> jobs = new EnumMap<>(Sector.class);
    /** Demand weight of a sector in a region on a day is emphasis × season × growth: [region][sector]. */
    private final double[][] emphasis;
    /** The month (0–11) of each day of the range. */
    private final int[] month;
    /** (1 + trend)^years since the start, [sector][day]: the sector's volume, not its share, follows its trend. */
    private final double[][] growth;
    /** The largest summed demand weight of any day, per region (the bound of the day sampler). */
    private final double[] busiestDay;

    public SyntheticLabourMarket(Taxonomy taxonomy, Map<String, Integer> regionSizes, LocalDate from, LocalDate to, long seed) {
        this(taxonomy, regionSizes, from, to, seed, EnumSet.allOf(Sector.class));
    }

    /**
     * A market of only some sectors (the integration tests' small history is concentrated this way, so one skill in one
     * region still has enough vacancies for a trend); the others have no vacancies and no people.
     */
    public SyntheticLabourMarket(Taxonomy taxonomy, Map<String, Integer> regionSizes, LocalDate from, LocalDate to, long seed,
                                 Set<Sector> sectors) {
        if (sectors.isEmpty()) {
            throw new IllegalArgumentException("a synthetic labour market needs at least one sector");
        }
        this.seed = seed;
        this.from = from;
        this.days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int sum = 0;
        for (var e : regionSizes.entrySet()) {
            regions.add(e.getKey());
            int w = e.getValue() + CITY_BONUS.getOrDefault(e.getKey(), 0);
            regionWeights.add(w);
            sum += w;
        }
        this.regionWeightSum = sum;
        this.jobs.putAll(jobsBySector(taxonomy));
        this.jobs.replaceAll((s, list) -> sectors.contains(s) ? list : List.of());
        Sector[] all = Sector.values();
        this.month = new int[days];
        this.growth = new double[all.length][days];
        for (int d = 0; d < days; d++) {
            month[d] = from.plusDays(d).getMonthValue() - 1;
            for (Sector s : all) {
                growth[s.ordinal()][d] = Math.pow(1 + s.trend, d / 365.25);
            }
        }
        this.emphasis = new double[regions.size()][all.length];
        this.busiestDay = new double[regions.size()];
        for (int k = 0; k < regions.size(); k++) {
            Map<Sector, Double> known = EMPHASIS.getOrDefault(regions.get(k), Map.of());
            for (Sector s : all) {
                emphasis[k][s.ordinal()] = jobs.get(s).isEmpty() ? 0 : known.getOrDefault(s, 1.0);
            }
            for (int d = 0; d < days; d++) {
                busiestDay[k] = Math.max(busiestDay[k], demandWeight(k, d));
            }
        }
        if (regions.isEmpty() || busiestDay[0] == 0) {
            throw new IllegalStateException("no regions, or the taxonomy has no occupations for any sector");
        }
    }

    private static Map<Sector, List<Job>> jobsBySector(Taxonomy taxonomy) {
        Map<Sector, List<Job>> jobs = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            var list = new ArrayList<Job>();
            for (String prefix : s.isco) {
                taxonomy.occupations().stream()
                        .filter(o -> o.iscoCode() != null && o.iscoCode().startsWith(prefix))
                        .filter(o -> taxonomy.essentialSkills(o.uri()).size() >= 6)
                        .sorted(Comparator.comparing((Occupation o) -> o.uri().value()))
                        .limit(prefix.equals(s.isco.getFirst()) ? 2 : 1)
                        .forEach(o -> list.add(new Job(o.uri().value(), o.iscoCode(), s,
                                taxonomy.essentialSkills(o.uri()).stream().limit(8).map(SkillUri::value).toList(),
                                taxonomy.optionalSkills(o.uri()).stream().limit(4).map(SkillUri::value).toList())));
            }
            jobs.put(s, list);
        }
        return jobs;
    }

    /**
     * Essential skills of the sector's synthetic occupations that no other sector's occupation asks for, those asked
     * by most of the sector's occupations first (the most vacancies, so the least counting noise): in the synthetic
     * history their demand follows this sector's trend alone (the demo seeker uses them).
     */
    public static List<String> skillsOnlyIn(Taxonomy taxonomy, Sector sector) {
        Map<Sector, List<Job>> all = jobsBySector(taxonomy);
        Set<String> elsewhere = new HashSet<>();
        all.forEach((s, list) -> {
            if (s != sector) {
                list.forEach(j -> {
                    elsewhere.addAll(j.essential());
                    elsewhere.addAll(j.optional());
                });
            }
        });
        Map<String, Long> jobsAsking = all.get(sector).stream().flatMap(j -> j.essential().stream())
                .filter(uri -> !elsewhere.contains(uri))
                .collect(Collectors.groupingBy(uri -> uri, LinkedHashMap::new, Collectors.counting()));
        return jobsAsking.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    public int occupationCount() {
        return jobs.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The i-th vacancy: a region by size, then a day and a sector with probability proportional to the sector's demand
     * weight there and then (emphasis × season × growth), so each sector's number of vacancies follows its own trend
     * and season. The day is drawn by rejection: a uniform day is kept with probability (that day's summed weight) /
     * (the busiest day's).
     */
    public SyntheticVacancy vacancy(long i) {
        Random r = random(1, i);
        int region = regionIndex(r);
        int d = r.nextInt(days);
        while (r.nextDouble() * busiestDay[region] >= demandWeight(region, d)) {
            d = r.nextInt(days);
        }
        LocalDate day = from.plusDays(d);
        Job job = demandJob(r, region, d);
        var skills = new ArrayList<DemandFacts.Required>();
        for (String s : job.essential()) {
            if (r.nextDouble() < 0.8) {
                skills.add(new DemandFacts.Required(s, true));
            }
        }
        if (skills.isEmpty()) {
            skills.add(new DemandFacts.Required(job.essential().getFirst(), true));
        }
        for (String s : job.optional()) {
            if (r.nextDouble() < 0.3) {
                skills.add(new DemandFacts.Required(s, false));
            }
        }
        return new SyntheticVacancy(regions.get(region), day, day.plusDays(28 + r.nextInt(43)), job, skills);
    }

    public SyntheticProfile profile(long i) {
        Random r = random(2, i);
        LocalDate day = from.plusDays(r.nextInt(days));
        String region = regions.get(regionIndex(r));
        Job job = supplyJob(r, region);
        var skills = new LinkedHashSet<String>();
        for (String s : job.essential()) {
            if (r.nextDouble() < 0.7) {
                skills.add(s);
            }
        }
        for (String s : job.optional()) {
            if (r.nextDouble() < 0.2) {
                skills.add(s);
            }
        }
        if (skills.isEmpty()) {
            skills.add(job.essential().getFirst());
        }
        var wants = new LinkedHashSet<String>();
        List<Job> sameSector = jobs.get(job.sector());
        Job next = sameSector.get(r.nextInt(sameSector.size()));
        for (int k = r.nextInt(3); k > 0; k--) {
            String w = next.essential().get(r.nextInt(next.essential().size()));
            if (!skills.contains(w)) {
                wants.add(w);
            }
        }
        return new SyntheticProfile(uuid(r), region, day, r.nextDouble() < 0.85, job, skills, wants);
    }

    private int regionIndex(Random r) {
        int x = r.nextInt(regionWeightSum);
        for (int k = 0; k < regions.size(); k++) {
            x -= regionWeights.get(k);
            if (x < 0) {
                return k;
            }
        }
        return regions.size() - 1;
    }

    private double demandWeight(int region, int day) {
        double sum = 0;
        for (Sector s : Sector.values()) {
            sum += demandWeight(region, s, day);
        }
        return sum;
    }

    private double demandWeight(int region, Sector s, int day) {
        return emphasis[region][s.ordinal()] * s.season[month[day]] * growth[s.ordinal()][day];
    }

    private Job demandJob(Random r, int region, int day) {
        double x = r.nextDouble() * demandWeight(region, day);
        Sector chosen = null;
        for (Sector s : Sector.values()) {
            double w = demandWeight(region, s, day);
            if (w > 0) {
                chosen = s;
                x -= w;
                if (x < 0) {
                    break;
                }
            }
        }
        List<Job> list = jobs.get(chosen);
        return list.get(r.nextInt(list.size()));
    }

    /** People look for work in a sector by its supply share (with the region's emphasis), without season or trend. */
    private Job supplyJob(Random r, String region) {
        Map<Sector, Double> known = EMPHASIS.getOrDefault(region, Map.of());
        double[] w = new double[Sector.values().length];
        double sum = 0;
        for (Sector s : Sector.values()) {
            if (!jobs.get(s).isEmpty()) {
                w[s.ordinal()] = known.getOrDefault(s, 1.0) * s.supplyShare;
                sum += w[s.ordinal()];
            }
        }
        double x = r.nextDouble() * sum;
        Sector chosen = null;
        for (Sector s : Sector.values()) {
            if (w[s.ordinal()] > 0) {
                chosen = s;
                x -= w[s.ordinal()];
                if (x < 0) {
                    break;
                }
            }
        }
        List<Job> list = jobs.get(chosen);
        return list.get(r.nextInt(list.size()));
    }

    private Random random(int stream, long i) {
        return new Random(seed * 0x9E3779B97F4A7C15L + stream * 0x632BE59BD9B4E019L + i);
    }

    private static UUID uuid(Random r) {
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    static String describe(long vacancies, long profiles, LocalDate from, LocalDate to) {
        return String.format(Locale.ROOT, "SYNTHETIC history: %d vacancies and %d profiles, %s to %s, generated by %s",
                vacancies, profiles, from, to, SyntheticLabourMarket.class.getSimpleName());
    }
}
