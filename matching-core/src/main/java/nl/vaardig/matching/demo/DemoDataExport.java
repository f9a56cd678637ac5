package nl.vaardig.matching.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes SYNTHETIC demo data as JSON Lines (one record per line, streamed): {@code vacancies.jsonl},
 * {@code profiles.jsonl}, {@code routes.jsonl}. Every record carries {@code "synthetic": true}.
 * <pre>
 * java … nl.vaardig.matching.demo.DemoDataExport --out DIR [--vacancies 100000] [--profiles 10000] [--routes 500]
 *      [--from 2024-01-01] [--to 2025-12-31] [--seed 1] [--flat]
 * </pre>
 */
public final class DemoDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoDataExport() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        long vacancies = 100_000;
        long profiles = 10_000;
        int routes = 500;
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        long seed = 1;
        SeasonalPattern season = SeasonalPattern.dutchDefault();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--vacancies" -> vacancies = Long.parseLong(args[++i]);
                case "--profiles" -> profiles = Long.parseLong(args[++i]);
                case "--routes" -> routes = Integer.parseInt(args[++i]);
                case "--from" -> from = LocalDate.parse(args[++i]);
                case "--to" -> to = LocalDate.parse(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--flat" -> season = SeasonalPattern.flat();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        Files.createDirectories(out);
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        RegionGeography geo = RegionGeography.shipped();
        var gen = new DemoDataGenerator(taxonomy, geo, seed);
        write(out.resolve("vacancies.jsonl"), gen.vacancies(vacancies, from, to, season), DemoDataExport::vacancy);
        write(out.resolve("profiles.jsonl"), gen.profiles(profiles), DemoDataExport::profile);
        write(out.resolve("routes.jsonl"), DemoRouteCatalogue.generate(taxonomy, geo, seed, routes).iterator(), DemoDataExport::route);
    }

    interface Shape<T> {
        Map<String, Object> of(T record);
    }

    static <T> void write(Path file, Iterator<T> records, Shape<T> shape) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (records.hasNext()) {
                w.write(JSON.writeValueAsString(shape.of(records.next())));
                w.write('\n');
            }
        }
    }

    static Map<String, Object> vacancy(Vacancy v) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", v.id().toString());
        m.put("title", v.title());
        m.put("occupation", v.occupation() == null ? null : v.occupation().value());
        m.put("region", v.region().value());
        m.put("location", v.location() == null ? null : List.of(v.location().latitude(), v.location().longitude()));
        m.put("hoursMin", v.hours().min());
        m.put("hoursMax", v.hours().max());
        m.put("contract", v.contract().name());
        m.put("isco", v.sector() == null ? null : v.sector().value());
        m.put("published", v.published().toString());
        m.put("validFrom", v.validity().from().toString());
        m.put("validUntil", v.validity().until().toString());
        m.put("essential", v.skills().stream().filter(s -> s.essential()).map(s -> s.skill().value()).toList());
        m.put("optional", v.skills().stream().filter(s -> !s.essential()).map(s -> s.skill().value()).toList());
        m.put("synthetic", v.synthetic());
        return m;
    }

    static Map<String, Object> profile(Profile p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", p.id().toString());
        m.put("occupation", p.occupation() == null ? null : p.occupation().value());
        m.put("region", p.region() == null ? null : p.region().value());
        m.put("home", p.home() == null ? null : List.of(p.home().latitude(), p.home().longitude()));
        m.put("availability", p.availability() == null ? null : List.of(p.availability().min(), p.availability().max()));
        m.put("skills", p.skills().stream().map(s -> Map.of("skill", s.skill().value(), "level", s.level().name(),
                "evidence", s.evidence().name(), "doesItAlready", s.assessment().doesItAlready(),
                "canDoIt", s.assessment().canDoIt(), "wantsToLearn", s.assessment().wantsToLearn(),
                "givesEnergy", s.assessment().givesEnergy())).toList());
        m.put("wantsToLearn", p.wantsToLearn().stream().map(s -> s.value()).sorted().toList());
        m.put("synthetic", p.synthetic());
        return m;
    }

    static Map<String, Object> route(LearningRoute r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", r.id().toString());
        m.put("provider", r.provider());
        m.put("titleNl", r.titleNl());
        m.put("titleEn", r.titleEn());
        m.put("kind", r.kind().name());
        m.put("skills", r.skills().stream().map(s -> Map.of("skill", s.skill().value(), "level", s.level().name())).toList());
        m.put("durationWeeks", r.durationWeeks());
        m.put("costEuros", r.costEuros());
        m.put("regions", r.regions().stream().map(a -> a.value()).sorted().toList());
        m.put("online", r.online());
        m.put("startDates", r.startDates().stream().map(LocalDate::toString).toList());
        m.put("synthetic", r.synthetic());
        return m;
    }
}
