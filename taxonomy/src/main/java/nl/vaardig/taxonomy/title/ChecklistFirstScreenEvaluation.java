package nl.vaardig.taxonomy.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * What the profile editor's occupation checklist shows first (issue 18): over all occupations of the shipped ESCO
 * snapshot, how many skills a person used to receive at once, and how characteristic the first screen of twelve
 * is in ESCO's own order versus {@link CharacteristicSkillOrder} (the median number of occupations that list each
 * first-screen skill, and the share of first-screen skills that 100 or more occupations list). For each title
 * given, the matched occupation and its first screen in both orders.
 *
 * <pre>
 * ./mvnw -q -B -pl taxonomy compile exec:java -Dexec.mainClass=nl.vaardig.taxonomy.title.ChecklistFirstScreenEvaluation \
 *     -Dexec.args="woonbegeleider"
 * </pre>
 */
public final class ChecklistFirstScreenEvaluation {

    static final int FIRST_SCREEN = 12;
    static final int GENERIC_OCCUPATIONS = 100;
    private static final Locale NL = Locale.of("nl");

    private ChecklistFirstScreenEvaluation() {
    }

    public static void main(String[] args) {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        List<Integer> sizes = new ArrayList<>();
        double esco = 0;
        double characteristic = 0;
        int genericEsco = 0;
        int genericCharacteristic = 0;
        int longer = 0;
        for (Occupation occupation : taxonomy.occupations()) {
            List<LinkedSkill> inEscoOrder = taxonomy.skillsOf(occupation.uri());
            if (inEscoOrder.isEmpty()) {
                continue;
            }
            sizes.add(inEscoOrder.size());
            if (inEscoOrder.size() <= FIRST_SCREEN) {
                continue;
            }
            longer++;
            List<LinkedSkill> ranked = CharacteristicSkillOrder.of(taxonomy, occupation.uri());
            esco += medianUse(taxonomy, inEscoOrder.subList(0, FIRST_SCREEN));
            characteristic += medianUse(taxonomy, ranked.subList(0, FIRST_SCREEN));
            genericEsco += generic(taxonomy, inEscoOrder.subList(0, FIRST_SCREEN));
            genericCharacteristic += generic(taxonomy, ranked.subList(0, FIRST_SCREEN));
        }
        int[] sorted = sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "occupations with skills %d: skills each median %d, p90 %d, max %d; more than %d: %d (%.1f %%)%n",
                sorted.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1],
                FIRST_SCREEN, longer, 100.0 * longer / sorted.length);
        System.out.printf(Locale.ROOT, "first screen of %d, over those %d occupations: mean of the median number of occupations "
                + "listing a shown skill %.1f (ESCO order) -> %.1f (characteristic order); shown skills listed by >= %d "
                + "occupations %.1f %% -> %.1f %%%n", FIRST_SCREEN, longer, esco / longer, characteristic / longer,
                GENERIC_OCCUPATIONS, 100.0 * genericEsco / (longer * FIRST_SCREEN),
                100.0 * genericCharacteristic / (longer * FIRST_SCREEN));
        if (args.length > 0) {
            JobTitleMatcher matcher = JobTitleMatcher.build(taxonomy);
            for (String title : args) {
                show(taxonomy, matcher, title);
            }
        }
    }

    private static void show(Taxonomy taxonomy, JobTitleMatcher matcher, String title) {
        List<OccupationMatch> found = matcher.match(title, NL, 1).occupations();
        if (found.isEmpty()) {
            System.out.printf(Locale.ROOT, "%n\"%s\": no occupation%n", title);
            return;
        }
        OccupationMatch match = found.getFirst();
        List<LinkedSkill> all = taxonomy.skillsOf(match.uri());
        System.out.printf(Locale.ROOT, "%n\"%s\" -> %s: %d skills (%d essential)%n", title, match.label().text(), all.size(),
                all.stream().filter(s -> s.relation() == RelationType.ESSENTIAL).count());
        print(taxonomy, "ESCO order", all);
        print(taxonomy, "characteristic order", CharacteristicSkillOrder.of(taxonomy, match.uri()));
    }

    private static void print(Taxonomy taxonomy, String name, List<LinkedSkill> skills) {
        System.out.printf(Locale.ROOT, "  first screen, %s:%n", name);
        for (LinkedSkill s : skills.subList(0, Math.min(FIRST_SCREEN, skills.size()))) {
            String label = taxonomy.skill(s.skill()).map(k -> k.label(NL).text()).orElse(s.skill().value());
            System.out.printf(Locale.ROOT, "    %-60s %-9s listed by %d occupations%n", label, s.relation().escoName(),
                    taxonomy.occupationCount(s.skill()));
        }
    }

    private static double medianUse(Taxonomy taxonomy, List<LinkedSkill> shown) {
        int[] uses = shown.stream().mapToInt(s -> taxonomy.occupationCount(s.skill())).sorted().toArray();
        return uses.length % 2 == 1 ? uses[uses.length / 2] : (uses[uses.length / 2 - 1] + uses[uses.length / 2]) / 2.0;
    }

    private static int generic(Taxonomy taxonomy, List<LinkedSkill> shown) {
        return (int) shown.stream().filter(s -> taxonomy.occupationCount(s.skill()) >= GENERIC_OCCUPATIONS).count();
    }
}
