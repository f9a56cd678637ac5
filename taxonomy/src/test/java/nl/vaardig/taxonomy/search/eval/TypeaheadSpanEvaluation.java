package nl.vaardig.taxonomy.search.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.csv.CsvRecordReader;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.search.Suggestion;
import nl.vaardig.taxonomy.search.SuggestionKind;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import nl.vaardig.taxonomy.search.TypeaheadQuery;
import nl.vaardig.taxonomy.testing.ShippedTaxonomy;
import nl.vaardig.taxonomy.testing.ShippedTypeahead;

/**
 * How often the skill typeahead (Dutch UI, skills only) has the gold skill in its top 10 when a person types the
 * span of an annotated sentence set (TECH/HOUSE format: {@code sentence,span,sub_span,label}, label = ESCO English
 * preferred label). The set is read where it lies (default {@code ../shared/data/eval/nl_vacancies_dev/sentences.csv});
 * nothing of it is in the product. Prints share in top 1 / top 10 and the misses with {@code --misses}.
 * <pre>
 * ./mvnw -q -B -pl taxonomy test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.vaardig.taxonomy.search.eval.TypeaheadSpanEvaluation [-Dexec.args="FILE --misses"]
 * </pre>
 */
public final class TypeaheadSpanEvaluation {

    private static final Locale NL = Locale.of("nl");

    private TypeaheadSpanEvaluation() {
    }

    /** Spans whose gold skill is in the top 1 / top 10; {@code spans} counts only labels that resolve to a skill. */
    public record Result(int spans, int top1, int top10) {
        public double shareTop10() {
            return spans == 0 ? 0 : (double) top10 / spans;
        }

        public double shareTop1() {
            return spans == 0 ? 0 : (double) top1 / spans;
        }
    }

    public static Result evaluate(Taxonomy taxonomy, TaxonomyTypeahead typeahead, InputStream annotations,
                                  boolean printMisses) {
        Map<String, SkillUri> byEnglishLabel = new HashMap<>();
        for (Skill s : taxonomy.skills()) {
            byEnglishLabel.put(s.label(Locale.ENGLISH).text().strip().toLowerCase(Locale.ROOT), s.uri());
        }
        int spans = 0;
        int top1 = 0;
        int top10 = 0;
        try (var reader = new CsvRecordReader(annotations)) {
            reader.next(); // header
            CsvRecordReader.Result r;
            while ((r = reader.next()) != null) {
                if (!(r instanceof CsvRecordReader.Parsed p) || p.values().size() < 4) {
                    continue;
                }
                String span = p.values().get(1).strip();
                SkillUri gold = byEnglishLabel.get(p.values().get(3).strip().toLowerCase(Locale.ROOT));
                if (gold == null || span.isEmpty()) {
                    continue;
                }
                spans++;
                if (span.length() > 200) {
                    span = span.substring(0, 200); // the typeahead field takes 200 characters
                }
                List<Suggestion> hits = typeahead.suggest(TypeaheadQuery.of(span, NL, SuggestionKind.SKILL));
                int rank = hits.stream().map(Suggestion::uri).toList().indexOf(gold);
                if (rank == 0) {
                    top1++;
                }
                if (rank >= 0) {
                    top10++;
                } else if (printMisses) {
                    System.out.println("miss: " + span + " → " + taxonomy.label(gold, NL).orElseThrow().text() + " | got "
                            + hits.stream().limit(3).map(h -> h.label().text()).toList());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Result(spans, top1, top10);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0]
                : "../shared/data/eval/nl_vacancies_dev/sentences.csv");
        if (!Files.isRegularFile(file)) {
            file = Path.of("..").resolve(file);
        }
        boolean misses = List.of(args).contains("--misses");
        long t0 = System.nanoTime();
        TaxonomyTypeahead typeahead = ShippedTypeahead.get();
        long built = System.nanoTime();
        Result r;
        try (InputStream in = Files.newInputStream(file)) {
            r = evaluate(ShippedTaxonomy.get().taxonomy(), typeahead, in, misses);
        }
        System.out.printf(Locale.ROOT, "typeahead on %s: %d spans, gold skill first %.1f %%, in top 10 %.1f %%"
                        + " (typeahead built in %d ms, %d labels)%n", file, r.spans(), 100 * r.shareTop1(),
                100 * r.shareTop10(), (built - t0) / 1_000_000, typeahead.labelCount());
    }
}
