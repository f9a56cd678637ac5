package nl.vaardig.web.lmi.read;

import java.util.List;
import java.util.Map;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.Period;

/** What the labour-market API answers (JSON). People counts are {@link Count}s: a value or "suppressed". */
public final class LmiViews {

    private LmiViews() {
    }

    public record RegionRef(String code, String name) {
    }

    public record TensionBand(TensionClass tensionClass, double from, Double below) {
    }

    public record Meta(List<RegionRef> regions, List<String> quarters, List<String> months, List<String> weeks,
                       String defaultPeriod, boolean synthetic, String dataset, List<TensionBand> tensionClasses,
                       int threshold, List<String> attribution) {
    }

    public record MapArea(String code, String name, long demand, Count supply, Double tension, TensionClass tensionClass) {
    }

    /**
     * Labels of dimension values (skills, occupations, groups) carry {@code labelLanguage} ("en" when no Dutch label
     * exists) and {@code derived} (a derived Dutch label, not the ESCO name: the dashboard marks it "afgeleid").
     */
    public record MapView(String period, Dimension dimension, String key, String label, String labelLanguage, boolean derived,
                          List<MapArea> regions, MapArea national) {
    }

    public record SkillRow(String key, String label, String labelLanguage, boolean derived, long demand, long essential,
                           long optional, long demandPrevious,
                           Double change, Count supply, Count wantsToLearn, Double tension, TensionClass tensionClass) {
    }

    public record SkillTable(String region, String period, String previousPeriod, Dimension dimension, List<SkillRow> rows) {
    }

    public record SeriesPoint(String period, long demand, long newVacancies, Count supply, Double tension, long nationalDemand) {
    }

    public record Series(String region, Dimension dimension, String key, String label, String labelLanguage, boolean derived,
                         Period.Kind kind, List<SeriesPoint> points) {
    }

    public record BubbleSkill(String key, String label, String labelLanguage, boolean derived) {
    }

    public record Bubble(String period, String key, long demand, Count supply, long newVacancies) {
    }

    public record Bubbles(String region, Period.Kind kind, List<String> periods, List<BubbleSkill> skills, List<Bubble> points) {
    }

    public record Group(List<String> members, long demand, Double demandChange, long supply, int suppressedMembers, Double tension) {
    }

    public record Summary(String region, String name, String period, String previousPeriod, long demand, long demandPrevious,
                          Double demandChange, long newVacancies, Count supply, long nationalDemand, Double nationalChange,
                          Count nationalSupply, Group similar, Map<String, Count> flows, Narrative.Text narrative, boolean synthetic) {
    }

    public record SimilarCandidate(String code, String name, long size, Long supply, Map<SimilarRegions.Criterion, Double> deviation,
                                   boolean selected) {
    }

    public record Similar(String region, String period, Map<SimilarRegions.Criterion, Double> criteria, long size, Long supply,
                          List<SimilarCandidate> candidates, Group group, long nationalDemand, Count nationalSupply) {
    }

    public record PublicDemandArea(String code, String name, long openVacancies, long newVacancies) {
    }

    public record PublicDemand(String period, List<PublicDemandArea> regions, boolean synthetic, List<String> attribution) {
    }
}
