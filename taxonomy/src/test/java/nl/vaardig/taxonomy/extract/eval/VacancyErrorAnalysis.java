package nl.vaardig.taxonomy.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.extract.ExtractedSkill;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.ExtractionResult;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.text.Segment;
import nl.vaardig.taxonomy.extract.text.Segmenter;

/**
 * Where whole vacancies lose their gold skills: each gold skill of each text is put in one {@link Fate} by comparing
 * the whole text's ranked list with the lists of its sentences read alone (each segment as its own text, as the
 * sentence sets are scored), and the top 10's non-gold places are listed with their evidence. Measures only; run with
 * <pre>
 * ./mvnw -q -B -o -pl taxonomy exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.VacancyErrorAnalysis -Dexec.args="[FILE.jsonl] [--quiet]"
 * </pre>
 */
public final class VacancyErrorAnalysis {

    /** What became of one gold skill of a whole text. */
    enum Fate {
        /** In the whole text's top 10. */
        TOP10,
        /** In some sentence's own top 5, and in the whole text's list below place 10. */
        RANKED_TOO_LOW,
        /** In some sentence's own top 5, but not in the whole text's list at all (section skipped, near-duplicate). */
        LOST_IN_WHOLE,
        /** In the whole text's list below place 10, and in no sentence's own top 5. */
        WEAK_EVERYWHERE,
        /** Neither. */
        NEVER
    }

    private VacancyErrorAnalysis() {
    }

    public static void main(String[] args) throws IOException {
        Path file = ExtractionEvaluation.DEFAULT_EVAL.resolve("nl_vacancies_dev/vacancies.jsonl");
        boolean quiet = false;
        for (String arg : args) {
            if (arg.equals("--quiet")) {
                quiet = true;
            } else {
                file = Path.of(arg);
            }
        }
        EvalFixtures fixtures = EvalFixtures.load();
        analyse(fixtures.extractor(), fixtures.vacancies(file), fixtures.labelByUri(), quiet);
    }

    static Map<Fate, Integer> analyse(SkillExtractor extractor, List<AnnotatedText> texts, Map<String, String> labels,
                                      boolean quiet) {
        ExtractionOptions options = ExtractionOptions.ranking();
        Map<Fate, Integer> fates = new EnumMap<>(Fate.class);
        Map<String, Integer> intruderKinds = new java.util.TreeMap<>();
        int gold = 0;
        for (AnnotatedText text : texts) {
            ExtractionResult whole = extractor.extract(text.text(), options);
            List<String> ranked = whole.skills().stream().map(s -> s.skillUri().value()).toList();
            // each segment alone, as the sentence sets read it
            List<List<String>> perSentence = new ArrayList<>();
            for (Segment segment : Segmenter.split(text.text())) {
                List<String> alone = extractor.extract(segment.text(text.text()), options).skills().stream()
                        .map(s -> s.skillUri().value()).toList();
                perSentence.add(alone.subList(0, Math.min(5, alone.size())));
            }
            if (!quiet) {
                System.out.printf(Locale.ROOT, "%n=== %s… RP@10=%.2f (%d skills listed, %d gold)%n",
                        text.text().substring(0, Math.min(70, text.text().indexOf('\n') < 0 ? text.text().length()
                                : text.text().indexOf('\n'))), RankingMetrics.rPrecisionAt(10, ranked, text.goldSkillUris()),
                        ranked.size(), text.goldSkillUris().size());
            }
            for (String g : text.goldSkillUris().stream().sorted().toList()) {
                gold++;
                int rank = ranked.indexOf(g) + 1;
                boolean inSentence = perSentence.stream().anyMatch(l -> l.contains(g));
                Fate fate = rank >= 1 && rank <= 10 ? Fate.TOP10
                        : inSentence ? (rank > 0 ? Fate.RANKED_TOO_LOW : Fate.LOST_IN_WHOLE)
                        : rank > 0 ? Fate.WEAK_EVERYWHERE : Fate.NEVER;
                fates.merge(fate, 1, Integer::sum);
                if (!quiet) {
                    String conf = rank > 0 ? String.format(Locale.ROOT, "%.3f %s", whole.skills().get(rank - 1).confidence(),
                            whole.skills().get(rank - 1).kinds()) : "";
                    System.out.printf(Locale.ROOT, "  gold %-15s rank %3d  %-50s %s%n", fate, rank, labels.get(g), conf);
                }
            }
            for (int i = 0; i < Math.min(10, whole.skills().size()); i++) {
                ExtractedSkill s = whole.skills().get(i);
                if (text.goldSkillUris().contains(s.skillUri().value())) {
                    continue;
                }
                String kinds = s.kinds().stream().map(Enum::name).sorted().toList().toString();
                intruderKinds.merge(kinds, 1, Integer::sum);
                if (!quiet) {
                    String evidence = s.evidence().getFirst().text().replace('\n', ' ');
                    System.out.printf(Locale.ROOT, "  top%-2d %.3f %-45s %-40s « %s »%n", i + 1, s.confidence(),
                            labels.get(s.skillUri().value()), kinds,
                            evidence.length() > 90 ? evidence.substring(0, 90) + "…" : evidence);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%ngold skills: %d%n", gold);
        for (Map.Entry<Fate, Integer> e : fates.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-16s %4d  %5.1f %%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / gold);
        }
        System.out.println("non-gold top-10 places by evidence kinds:");
        intruderKinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
        return fates;
    }
}
