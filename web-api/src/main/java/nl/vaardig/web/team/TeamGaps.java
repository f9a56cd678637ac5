package nl.vaardig.web.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * The reading of a team against its open vacancies: every skill the vacancies need, how many vacancies need it
 * (and how many as essential), and how many roles (people) of the team already cover it. A skill no role covers is
 * a gap. Gaps come essential first, then the most needed; covered skills the least covered first.
 */
public final class TeamGaps {

    /** One vacancy's needs: its skills, each essential or optional. */
    public record Need(SkillUri skill, boolean essential) {
    }

    public record SkillReading(SkillUri skill, int vacancies, int essentialIn, int roles, int people) {
        public boolean gap() {
            return roles == 0;
        }

        public boolean essential() {
            return essentialIn > 0;
        }
    }

    public record Reading(int openVacancies, List<SkillReading> gaps, List<SkillReading> covered) {
    }

    private TeamGaps() {
    }

    public static Reading read(List<TeamRole> roles, List<List<Need>> vacancies) {
        Map<SkillUri, int[]> needed = new LinkedHashMap<>();
        for (List<Need> vacancy : vacancies) {
            Map<SkillUri, Boolean> distinct = new LinkedHashMap<>();
            vacancy.forEach(n -> distinct.merge(n.skill(), n.essential(), Boolean::logicalOr));
            distinct.forEach((skill, essential) -> {
                int[] counts = needed.computeIfAbsent(skill, k -> new int[2]);
                counts[0]++;
                if (essential) {
                    counts[1]++;
                }
            });
        }
        Map<SkillUri, int[]> coverage = new HashMap<>();
        for (TeamRole role : roles) {
            for (SkillUri skill : role.skills()) {
                int[] c = coverage.computeIfAbsent(skill, k -> new int[2]);
                c[0]++;
                c[1] += role.headcount();
            }
        }
        List<SkillReading> gaps = new ArrayList<>();
        List<SkillReading> covered = new ArrayList<>();
        needed.forEach((skill, counts) -> {
            int[] c = coverage.getOrDefault(skill, new int[2]);
            SkillReading reading = new SkillReading(skill, counts[0], counts[1], c[0], c[1]);
            (reading.gap() ? gaps : covered).add(reading);
        });
        gaps.sort(Comparator.comparing((SkillReading r) -> !r.essential())
                .thenComparing(Comparator.comparingInt(SkillReading::vacancies).reversed())
                .thenComparing(r -> r.skill().value()));
        covered.sort(Comparator.comparingInt(SkillReading::roles)
                .thenComparing(Comparator.comparingInt(SkillReading::vacancies).reversed())
                .thenComparing(r -> r.skill().value()));
        return new Reading(vacancies.size(), List.copyOf(gaps), List.copyOf(covered));
    }
}
