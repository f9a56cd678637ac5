package nl.vaardig.matching.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.RouteKind;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * A deterministic SYNTHETIC catalogue of learning routes for demos and tests: each route teaches a cluster of
 * essential skills of one ESCO occupation (a module of what that occupation needs). Titles and providers say
 * "(demo)" and {@code synthetic} is true: none of these courses exists. Teaching and care occupations get
 * zij-instroom routes, as the Dutch side-entry programmes target them.
 */
public final class DemoRouteCatalogue {

    private static final List<String> PROVIDERS = List.of(
            "Demo ROC Noord (demo)", "Demo Hogeschool Midden (demo)", "Demo Opleidingscentrum Zuid (demo)",
            "Demo Leerwerkloket Oost (demo)", "Demo Online Academie (demo)", "Demo Vakschool West (demo)");
    private static final List<LocalDate> STARTS = List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 1));

    private DemoRouteCatalogue() {
    }

    public static List<LearningRoute> generate(Taxonomy taxonomy, RegionGeography geography, long seed, int count) {
        var occupations = new ArrayList<Occupation>();
        for (Occupation o : taxonomy.occupations()) {
            if (taxonomy.essentialSkills(o.uri()).size() >= 3) {
                occupations.add(o);
            }
        }
        var out = new ArrayList<LearningRoute>(count);
        for (int i = 0; i < count; i++) {
            Random r = new Random(seed * 0x9E3779B97F4A7C15L + i);
            Occupation occ = occupations.get(r.nextInt(occupations.size()));
            RouteKind kind = kind(occ, r);
            var essentials = new ArrayList<>(taxonomy.essentialSkills(occ.uri()));
            Collections.shuffle(essentials, r);
            int size = Math.min(essentials.size(), 3 + r.nextInt(kind == RouteKind.TRAINING ? 4 : 8));
            ProficiencyLevel level = switch (kind) {
                case FORMAL_EDUCATION -> ProficiencyLevel.ADVANCED;
                case SIDE_ENTRY -> r.nextBoolean() ? ProficiencyLevel.ADVANCED : ProficiencyLevel.INTERMEDIATE;
                case TRAINING, RETURNER -> ProficiencyLevel.INTERMEDIATE;
            };
            var skills = new ArrayList<RouteSkill>();
            for (SkillUri s : essentials.subList(0, size)) {
                skills.add(new RouteSkill(s, level));
            }
            String nl = occ.label(Locale.of("nl")).text();
            String en = occ.label(Locale.ENGLISH).text();
            int module = 1 + r.nextInt(5);
            boolean online = r.nextDouble() < 0.3;
            var regions = new LinkedHashSet<AmrCode>();
            if (!online || r.nextBoolean()) {
                for (int k = 1 + r.nextInt(2); k > 0; k--) {
                    regions.add(geography.draw(r).code());
                }
            }
            out.add(new LearningRoute(new LearningRouteId(new UUID(0xDE40L << 48 | seed & 0xFFFFFFFFL, i)),
                    PROVIDERS.get(r.nextInt(PROVIDERS.size())),
                    prefixNl(kind) + " " + nl + " – module " + module + " (demo)",
                    prefixEn(kind) + " " + en + " – module " + module + " (demo)",
                    kind, skills, duration(kind, r), cost(kind, r), Set.copyOf(regions), online,
                    STARTS.subList(r.nextInt(2), STARTS.size()), true));
        }
        return out;
    }

    private static RouteKind kind(Occupation occ, Random r) {
        String isco = occ.iscoCode();
        boolean shortage = isco.startsWith("23") || isco.startsWith("22") || isco.startsWith("32") || isco.startsWith("53");
        double x = r.nextDouble();
        if (shortage && x < 0.4) {
            return RouteKind.SIDE_ENTRY;
        }
        return x < 0.55 ? RouteKind.TRAINING : x < 0.8 ? RouteKind.FORMAL_EDUCATION : x < 0.9 ? RouteKind.RETURNER : RouteKind.TRAINING;
    }

    private static String prefixNl(RouteKind k) {
        return switch (k) {
            case FORMAL_EDUCATION -> "Opleiding";
            case TRAINING -> "Training";
            case SIDE_ENTRY -> "Zij-instroomtraject";
            case RETURNER -> "Herintredersprogramma";
        };
    }

    private static String prefixEn(RouteKind k) {
        return switch (k) {
            case FORMAL_EDUCATION -> "Programme";
            case TRAINING -> "Training";
            case SIDE_ENTRY -> "Side-entry route";
            case RETURNER -> "Returner programme";
        };
    }

    private static int duration(RouteKind k, Random r) {
        return switch (k) {
            case FORMAL_EDUCATION -> 52 + r.nextInt(105);
            case TRAINING -> 2 + r.nextInt(11);
            case SIDE_ENTRY -> 26 + r.nextInt(79);
            case RETURNER -> 8 + r.nextInt(19);
        };
    }

    private static int cost(RouteKind k, Random r) {
        return switch (k) {
            case FORMAL_EDUCATION -> 1300 + 100 * r.nextInt(13);
            case TRAINING -> 200 + 50 * r.nextInt(47);
            case SIDE_ENTRY -> 0;
            case RETURNER -> 50 * r.nextInt(11);
        };
    }
}
