package nl.vaardig.web.lmi.read;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.web.lmi.Period;

/**
 * A short text in Dutch and English generated from the figures of a region summary. Every number in it is one of
 * the summary's figures (listed with it, and shown on the page); a sentence whose figure is suppressed is left out
 * rather than written around the gap.
 */
public final class Narrative {

    public record Inputs(String region, String period, String previousPeriod, long demand, Double demandChange,
                         Double nationalChange, Double groupChange, int groupSize, Count supply,
                         String risingSkill, Double risingChange, Long risingDemand,
                         String tenseSkill, Long tenseDemand, Long tenseSupply, Double tension, TensionClass tenseClass) {
    }

    /** One sentence and the ids of the figures its numbers come from. */
    public record Sentence(String text, List<String> figures) {
    }

    public record Text(List<Sentence> nl, List<Sentence> en, Map<String, String> figuresNl, Map<String, String> figuresEn) {
    }

    private Narrative() {
    }

    public static Text write(Inputs in) {
        return new Text(sentences(in, Locale.of("nl")), sentences(in, Locale.ENGLISH), figures(in, Locale.of("nl")), figures(in, Locale.ENGLISH));
    }

    /** The figures the text may use, formatted as the page shows them. */
    public static Map<String, String> figures(Inputs in, Locale lang) {
        var f = new LinkedHashMap<String, String>();
        f.put("demand", integer(in.demand(), lang));
        if (in.demandChange() != null) {
            f.put("demandChange", percent(in.demandChange(), lang));
        }
        if (in.nationalChange() != null) {
            f.put("nationalChange", percent(in.nationalChange(), lang));
        }
        if (in.groupChange() != null) {
            f.put("groupChange", percent(in.groupChange(), lang));
            f.put("groupSize", integer(in.groupSize(), lang));
        }
        if (!in.supply().suppressed()) {
            f.put("supply", integer(in.supply().value(), lang));
        }
        if (in.risingSkill() != null) {
            f.put("risingChange", percent(in.risingChange(), lang));
            f.put("risingDemand", integer(in.risingDemand(), lang));
        }
        if (in.tenseSkill() != null && in.tenseSupply() != null) {
            f.put("tenseDemand", integer(in.tenseDemand(), lang));
            f.put("tenseSupply", integer(in.tenseSupply(), lang));
            f.put("tension", decimal(in.tension(), lang));
        }
        return f;
    }

    /** What follows "in" for a period: "het 3e kwartaal 2025", "september 2025"; "the 3rd quarter 2025" in English. */
    public static String inPeriod(String key, Locale lang) {
        Period period = Period.parse(key);
        String words = period.inWords(lang);
        if (period.kind() != Period.Kind.QUARTER) {
            return words;
        }
        return (lang.getLanguage().equals("nl") ? "het " : "the ") + words;
    }

    private static List<Sentence> sentences(Inputs in, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        Map<String, String> f = figures(in, lang);
        var out = new ArrayList<Sentence>();
        if (in.demandChange() != null) {
            boolean up = in.demandChange() >= 0;
            out.add(new Sentence(nl
                    ? "In %s stonden in %s %s vacatures open, %s %s dan in %s.".formatted(in.region(), inPeriod(in.period(), lang),
                    f.get("demand"), f.get("demandChange"), up ? "meer" : "minder", inPeriod(in.previousPeriod(), lang))
                    : "In %s, %s vacancies were open in %s, %s %s than in %s.".formatted(in.region(), f.get("demand"),
                    inPeriod(in.period(), lang), f.get("demandChange"), up ? "more" : "fewer", inPeriod(in.previousPeriod(), lang)),
                    List.of("demand", "demandChange")));
        } else {
            out.add(new Sentence(nl
                    ? "In %s stonden in %s %s vacatures open.".formatted(in.region(), inPeriod(in.period(), lang), f.get("demand"))
                    : "In %s, %s vacancies were open in %s.".formatted(in.region(), f.get("demand"), inPeriod(in.period(), lang)),
                    List.of("demand")));
        }
        if (in.demandChange() != null && in.nationalChange() != null && in.groupChange() != null) {
            String compared = compare(in.demandChange(), in.groupChange(), nl);
            out.add(new Sentence(nl
                    ? "Dat is %s in de %s vergelijkbare regio's (%s) en landelijk (%s).".formatted(compared, f.get("groupSize"),
                    f.get("groupChange"), f.get("nationalChange"))
                    : "That is %s the %s similar regions (%s) and the national figure (%s).".formatted(compared, f.get("groupSize"),
                    f.get("groupChange"), f.get("nationalChange")),
                    List.of("groupSize", "groupChange", "nationalChange")));
        } else if (in.demandChange() != null && in.nationalChange() != null) {
            out.add(new Sentence(nl
                    ? "Landelijk veranderde het aantal open vacatures met %s.".formatted(f.get("nationalChange"))
                    : "Nationally, open vacancies changed by %s.".formatted(f.get("nationalChange")),
                    List.of("nationalChange")));
        }
        if (in.risingSkill() != null) {
            out.add(new Sentence(nl
                    ? "De vraag naar ‘%s’ steeg het sterkst: %s, tot %s vacatures.".formatted(in.risingSkill(), f.get("risingChange"), f.get("risingDemand"))
                    : "Demand for ‘%s’ rose most: %s, to %s vacancies.".formatted(in.risingSkill(), f.get("risingChange"), f.get("risingDemand")),
                    List.of("risingChange", "risingDemand")));
        }
        if (in.tenseSkill() != null && in.tenseSupply() != null) {
            out.add(new Sentence(nl
                    ? "Voor ‘%s’ is de markt %s: %s vacatures tegenover %s mensen met deze vaardigheid (spanning %s).".formatted(
                    in.tenseSkill(), classNl(in.tenseClass()), f.get("tenseDemand"), f.get("tenseSupply"), f.get("tension"))
                    : "For ‘%s’ the market is %s: %s vacancies against %s people with this skill (tension %s).".formatted(
                    in.tenseSkill(), classEn(in.tenseClass()), f.get("tenseDemand"), f.get("tenseSupply"), f.get("tension")),
                    List.of("tenseDemand", "tenseSupply", "tension")));
        }
        if (!in.supply().suppressed()) {
            out.add(new Sentence(nl
                    ? "Er waren %s werkzoekenden die toestemming gaven hun profiel voor statistiek te gebruiken.".formatted(f.get("supply"))
                    : "%s job seekers allowed their profile to be used for statistics.".formatted(f.get("supply")),
                    List.of("supply")));
        }
        return out;
    }

    private static String compare(double own, double group, boolean nl) {
        if (Math.abs(own - group) < 1) {
            return nl ? "ongeveer gelijk aan" : "about the same as";
        }
        return own > group ? (nl ? "sterker dan" : "stronger than") : (nl ? "zwakker dan" : "weaker than");
    }

    public static String classNl(TensionClass c) {
        return switch (c) {
            case RUIM -> "ruim";
            case GEMIDDELD -> "gemiddeld";
            case KRAP -> "krap";
            case ZEER_KRAP -> "zeer krap";
        };
    }

    public static String classEn(TensionClass c) {
        return switch (c) {
            case RUIM -> "slack";
            case GEMIDDELD -> "average";
            case KRAP -> "tight";
            case ZEER_KRAP -> "very tight";
        };
    }

    static String integer(long v, Locale lang) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(lang)).format(v);
    }

    static String decimal(double v, Locale lang) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(lang)).format(v);
    }

    static String percent(double v, Locale lang) {
        return new DecimalFormat("+0;-0", DecimalFormatSymbols.getInstance(lang)).format(Math.round(v)) + "%";
    }
}
