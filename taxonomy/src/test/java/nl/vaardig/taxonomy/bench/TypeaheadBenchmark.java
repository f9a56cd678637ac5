package nl.vaardig.taxonomy.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import nl.vaardig.taxonomy.search.TypeaheadQuery;

/**
 * Typeahead latency, server side (no HTTP): every prefix of a set of Dutch and English inputs, as a user types them,
 * after a warm-up. Prints index build time, p50/p99/max. Command:
 * {@code ./mvnw -q -pl taxonomy test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.vaardig.taxonomy.bench.TypeaheadBenchmark}.
 */
public final class TypeaheadBenchmark {

    static final List<String> INPUTS = List.of(
            "heftruckchauffeur", "vrachtwagenchauffeur", "verpleegkundige", "medewerker klantenservice",
            "docent wiskunde", "software developer", "projectmanager", "timmerman", "elektromonteur",
            "schoonmaker", "kok", "kapper", "boekhouder", "magazijnmedewerker", "python", "java programmeren",
            "klantcontact", "communicate with customers", "teamwork", "forklift", "verkoop", "leidinggeven",
            "haccp", "bhv", "excel", "nederlands spreken", "engels", "lasser", "loodgieter", "accountmanager",
            "verpleegkndige", "chaufeur", "programeren", "administratief medewerker", "data analyse");

    private TypeaheadBenchmark() {
    }

    public static void main(String[] args) {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        long t0 = System.nanoTime();
        TaxonomyTypeahead typeahead = TaxonomyTypeahead.build(taxonomy);
        System.out.printf("index build: %d ms, %d labels%n", (System.nanoTime() - t0) / 1_000_000, typeahead.labelCount());

        var queries = new ArrayList<TypeaheadQuery>();
        for (String input : INPUTS) {
            for (int n = 2; n <= input.length(); n++) {
                queries.add(TypeaheadQuery.of(input.substring(0, n), Locale.of("nl")));
            }
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int w = 0; w < 3; w++) {
            queries.forEach(typeahead::suggest);
        }
        long[] nanos = new long[queries.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (TypeaheadQuery q : queries) {
                long t = System.nanoTime();
                typeahead.suggest(q);
                nanos[k++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("typeahead over %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", nanos.length,
                pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        for (String sample : List.of("heftr", "chauf", "verpleegk", "verpleegkndige", "softw", "communicate with cu")) {
            System.out.println(sample + " -> " + typeahead.suggest(TypeaheadQuery.of(sample, Locale.of("nl"))).stream()
                    .limit(4).map(s -> s.label().text() + (s.label().fallback() ? "*" : "") + " [" + s.matchedLabel() + "]")
                    .toList());
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
