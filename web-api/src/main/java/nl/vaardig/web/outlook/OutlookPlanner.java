package nl.vaardig.web.outlook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.vaardig.web.lmi.trend.DemandTrend;

/**
 * Places a job seeker's skills by their demand trend in the seeker's region against the four answers (does it, can do
 * it, wants to learn it, gives energy) and writes one short advice per group from templates and the numbers only.
 * The measured trend decides the group; the prognosis for the coming year is added beside it (always as "prognose"
 * with its 80 % interval), never used to regroup.
 */
public final class OutlookPlanner {

    /** How a skill stands: the answers decide what the trend means for this person. */
    public enum Group { LEARN_GROWING, STRENGTH_GROWING, ENERGY_SHRINKING, SHRINKING, STABLE, NOT_ENOUGH_DATA }

    public record SkillAnswers(String uri, String label, boolean doesIt, boolean canDoIt, boolean wantsToLearn,
                               boolean givesEnergy) {
        public SkillAnswers {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(label, "label");
        }

        boolean answered() {
            return doesIt || canDoIt || wantsToLearn || givesEnergy;
        }
    }

    /**
     * One placed skill; {@code percent} and the quarters are null when there is not enough data, {@code prognosis}
     * when the forecaster declines ("geen prognose").
     */
    public record Item(String uri, String label, Group group, String trend, Long percent, String from, String to,
                       boolean doesIt, boolean canDoIt, boolean wantsToLearn, boolean givesEnergy,
                       YearPrognosis prognosis) {
    }

    public record Advice(Group group, String nl, String en, List<String> skills) {
    }

    public record Plan(List<Item> items, List<Advice> advice) {
    }

    private OutlookPlanner() {
    }

    public static Plan plan(String regionName, List<SkillAnswers> skills, Function<String, DemandTrend> trends,
                            Function<String, Optional<YearPrognosis>> prognoses) {
        var items = new ArrayList<Item>();
        for (SkillAnswers s : skills) {
            if (!s.answered()) {
                continue;
            }
            DemandTrend trend = trends.apply(s.uri());
            DemandTrend.Comparison c = switch (trend) {
                case DemandTrend.Growing g -> g.comparison();
                case DemandTrend.Stable st -> st.comparison();
                case DemandTrend.Shrinking sh -> sh.comparison();
                case DemandTrend.NotEnoughData n -> null;
            };
            items.add(new Item(s.uri(), s.label(), group(s, trend), kind(trend), c == null ? null : c.percent(),
                    c == null ? null : c.from().key(), c == null ? null : c.to().key(),
                    s.doesIt(), s.canDoIt(), s.wantsToLearn(), s.givesEnergy(), prognoses.apply(s.uri()).orElse(null)));
        }
        Map<Group, List<Item>> byGroup = new EnumMap<>(Group.class);
        items.forEach(i -> byGroup.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        var advice = new ArrayList<Advice>();
        byGroup.forEach((g, list) -> advice.add(new Advice(g,
                dutch(g, regionName, list) + prognosisSentence(list, "De prognose voor het komende jaar", "is", "80 %-interval", "tot"),
                english(g, regionName, list) + prognosisSentence(list, "The prognosis for the coming year", "is", "80 % interval", "to"),
                list.stream().map(Item::uri).toList())));
        return new Plan(List.copyOf(items), List.copyOf(advice));
    }

    static Group group(SkillAnswers s, DemandTrend trend) {
        return switch (trend) {
            case DemandTrend.Growing g -> s.canDoIt() || s.doesIt() ? Group.STRENGTH_GROWING : Group.LEARN_GROWING;
            case DemandTrend.Shrinking sh -> s.givesEnergy() ? Group.ENERGY_SHRINKING : Group.SHRINKING;
            case DemandTrend.Stable st -> Group.STABLE;
            case DemandTrend.NotEnoughData n -> Group.NOT_ENOUGH_DATA;
        };
    }

    private static String kind(DemandTrend trend) {
        return switch (trend) {
            case DemandTrend.Growing g -> "GROWING";
            case DemandTrend.Stable st -> "STABLE";
            case DemandTrend.Shrinking sh -> "SHRINKING";
            case DemandTrend.NotEnoughData n -> "NOT_ENOUGH_DATA";
        };
    }

    static String dutch(Group g, String region, List<Item> items) {
        String names = names(items, "en", "andere");
        String figures = figures(items, "in een jaar");
        return switch (g) {
            case LEARN_GROWING -> "Je wilt " + names + " leren en de vraag ernaar groeit in " + region + " (" + figures
                    + "): de leerroutes hiernaast sluiten dat gat het snelst.";
            case STRENGTH_GROWING -> "Je kunt " + names + " al en de vraag ernaar groeit in " + region + " (" + figures
                    + "): zet dit vooraan in je profiel.";
            case ENERGY_SHRINKING -> "Je doet " + names + " graag, maar de vraag krimpt in " + region + " (" + figures
                    + "): kijk welke verwante vaardigheden groeien, zodat je dit werk kunt blijven doen.";
            case SHRINKING -> "De vraag naar " + names + " krimpt in " + region + " (" + figures
                    + "): houd het bij, maar leer er iets bij waar de vraag naar groeit.";
            case STABLE -> "De vraag naar " + names + " is stabiel in " + region + " (" + figures + ").";
            case NOT_ENOUGH_DATA -> "Over " + names + " zijn in " + region
                    + " te weinig vacatures om iets over de vraag te zeggen.";
        };
    }

    static String english(Group g, String region, List<Item> items) {
        String names = names(items, "and", "more");
        String figures = figures(items, "in a year");
        return switch (g) {
            case LEARN_GROWING -> "You want to learn " + names + " and demand for it is growing in " + region + " (" + figures
                    + "): the learning routes alongside close that gap fastest.";
            case STRENGTH_GROWING -> "You can already do " + names + " and demand for it is growing in " + region + " ("
                    + figures + "): put it first in your profile.";
            case ENERGY_SHRINKING -> "You enjoy " + names + ", but demand is shrinking in " + region + " (" + figures
                    + "): look at related skills that are growing, so you can keep doing this work.";
            case SHRINKING -> "Demand for " + names + " is shrinking in " + region + " (" + figures
                    + "): keep it up, but learn something in growing demand too.";
            case STABLE -> "Demand for " + names + " is stable in " + region + " (" + figures + ").";
            case NOT_ENOUGH_DATA -> "There are too few vacancies for " + names + " in " + region + " to say anything about demand.";
        };
    }

    /** "X, Y en Z": at most three names, then "en 2 andere" / "and 2 more". */
    private static String names(List<Item> items, String and, String others) {
        var parts = new ArrayList<String>();
        items.subList(0, Math.min(3, items.size())).forEach(i -> parts.add(i.label()));
        if (items.size() > 3) {
            parts.add((items.size() - 3) + " " + others);
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.getLast();
    }

    /** "+18 % in een jaar" for one skill; "X +18 %, Y +9 % in een jaar" for more (the first three). */
    private static String figures(List<Item> items, String inAYear) {
        if (items.size() == 1) {
            return percent(items.getFirst().percent()) + " " + inAYear;
        }
        var parts = new ArrayList<String>();
        items.subList(0, Math.min(3, items.size())).forEach(i -> parts.add(i.label() + " " + percent(i.percent())));
        return String.join(", ", parts) + " " + inAYear;
    }

    /**
     * " De prognose voor het komende jaar is +12 % (80 %-interval −3 tot +27 %)." for one skill with a prognosis;
     * " …: Python +12 % (…), Java +4 % (…)." for more (the first three that have one); empty when none has one.
     */
    static String prognosisSentence(List<Item> items, String lead, String is, String interval,
                                    String until) {
        List<Item> with = items.stream().filter(i -> i.prognosis() != null).limit(3).toList();
        if (with.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return " " + lead + " " + is + " " + prognosis(with.getFirst().prognosis(), interval, until) + ".";
        }
        var parts = new ArrayList<String>();
        with.forEach(i -> parts.add(i.label() + " " + prognosis(i.prognosis(), interval, until)));
        return " " + lead + ": " + String.join(", ", parts) + ".";
    }

    private static String prognosis(YearPrognosis p, String interval, String until) {
        return percent(p.percent()) + " (" + interval + " " + signed(p.percentLower80()) + " " + until + " "
                + percent(p.percentUpper80()) + ")";
    }

    /** "−3" / "+27" / "0": the lower bound of an interval, whose unit follows the upper one. */
    private static String signed(long p) {
        return (p > 0 ? "+" : p < 0 ? "−" : "") + Math.abs(p);
    }

    static String percent(Long p) {
        return p == null ? "–" : (p > 0 ? "+" : p < 0 ? "−" : "") + Math.abs(p) + " %";
    }
}
