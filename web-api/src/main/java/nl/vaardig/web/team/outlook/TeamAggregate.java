package nl.vaardig.web.team.outlook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * The only way the employer sees the workers' answers: counted per skill, under two rules (docs/lmi.md, "Team
 * outlook"):
 * <ol>
 *   <li>no figure at all while fewer than {@link #MIN_WORKERS} workers have answered (with consent) — only how many
 *       answered;</li>
 *   <li>per skill and question, the number of workers who said yes ({@code k} of the {@code n} who answered that
 *       skill) is shown only when {@code n ≥ 5} and neither {@code k} nor {@code n − k} is exactly one: a count of
 *       one, or a complement of one ("all but one"), would single out one worker's answer to colleagues who know
 *       their own. Such a cell is hidden, not rounded.</li>
 * </ol>
 * Individual answers never leave this class.
 */
public final class TeamAggregate {

    public static final int MIN_WORKERS = 5;

    /** One question's figure: the yes-count, or null when the rule hides it. */
    public record Count(Integer yes) {
        public static final Count HIDDEN = new Count(null);

        public boolean hidden() {
            return yes == null;
        }
    }

    /** A skill's row: how many answered it and the four counts; all null when the picture is not shown. */
    public record SkillRow(SkillUri skill, Integer answered, Count doesIt, Count canDoIt, Count wantsToLearn,
                           Count givesEnergy) {
        public SkillRow {
            Objects.requireNonNull(skill, "skill");
        }
    }

    /** {@code shown}: false while fewer than {@link #MIN_WORKERS} answered; then every row holds no figure. */
    public record Picture(int answered, boolean shown, List<SkillRow> skills) {
        public Picture {
            if (answered < 0) {
                throw new IllegalArgumentException("answered is not negative");
            }
            skills = List.copyOf(skills);
        }
    }

    private TeamAggregate() {
    }

    /** Whether a count of {@code yes} among {@code answered} may be shown. */
    public static boolean disclosable(int yes, int answered) {
        if (yes < 0 || yes > answered) {
            throw new IllegalArgumentException("a count lies between 0 and the number answering");
        }
        return answered >= MIN_WORKERS && yes != 1 && answered - yes != 1;
    }

    /** The picture of the workers' answers (one collection per worker who consented) for the outlook's skills. */
    public static Picture of(List<SkillUri> skills, Collection<? extends Collection<WorkerAnswer>> workers) {
        int answered = workers.size();
        boolean shown = answered >= MIN_WORKERS;
        List<SkillRow> rows = new ArrayList<>();
        for (SkillUri skill : skills) {
            if (!shown) {
                rows.add(new SkillRow(skill, null, Count.HIDDEN, Count.HIDDEN, Count.HIDDEN, Count.HIDDEN));
                continue;
            }
            List<WorkerAnswer> about = workers.stream()
                    .flatMap(w -> w.stream().filter(a -> a.skill().equals(skill)).limit(1)).toList();
            int n = about.size();
            rows.add(new SkillRow(skill, n >= MIN_WORKERS ? n : null, count(about, WorkerAnswer::doesIt),
                    count(about, WorkerAnswer::canDoIt), count(about, WorkerAnswer::wantsToLearn),
                    count(about, WorkerAnswer::givesEnergy)));
        }
        return new Picture(answered, shown, rows);
    }

    private static Count count(List<WorkerAnswer> about, Predicate<WorkerAnswer> yes) {
        int k = (int) about.stream().filter(yes).count();
        return disclosable(k, about.size()) ? new Count(k) : Count.HIDDEN;
    }
}
