package nl.vaardig.taxonomy.esco;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.csv.LoadStats;
import nl.vaardig.taxonomy.csv.RowIssue;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/**
 * Prints, as a Markdown table, what an ESCO import did with every file: rows in the file (counted independently
 * by {@link CsvRecordCount}) against records imported, bad rows with their line numbers, and warnings; then the
 * taxonomy version, the files not present, and the cold load time (import + model build). Run it in a fresh JVM
 * for a true cold figure:
 * <pre>
 * ./mvnw -q -B -pl taxonomy compile exec:exec -Dexec.executable="$JAVA_HOME/bin/java" \
 *   -Dexec.args="-cp %classpath nl.vaardig.taxonomy.esco.EscoImportStats [ESCO_DIR]"
 * </pre>
 * Without a folder it reads the snapshot shipped on the classpath; with one (e.g. the full ESCO v1.1.1 download
 * with {@code en/}, {@code nl/}, {@code relations/}) it reads only that folder. Exit status 1 when a file's counts
 * do not add up or a required file is missing.
 */
public final class EscoImportStats {

    private static final int MAX_LISTED_ISSUES = 20;

    private EscoImportStats() {
    }

    public static void main(String[] args) throws IOException {
        EscoSource source = args.length > 0 ? EscoSource.directory(Path.of(args[0])) : EscoSource.shippedSnapshot();
        if (args.length > 0 && !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("not a folder: " + args[0]);
            System.exit(2);
        }
        long startedAtUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        ModelBuildingSink sink = new ModelBuildingSink(TaxonomyVersion.ESCO_1_1_1);
        EscoImportReport report = new EscoImporter(source, TaxonomyVersion.ESCO_1_1_1,
                List.of(Locale.ENGLISH, Locale.of("nl"))).importInto(sink);
        GeneratedDutchLabels generated = GeneratedDutchLabels.shipped();
        sink.generatedLabels(generated);
        Taxonomy taxonomy = sink.build();
        long coldMillis = (System.nanoTime() - t0) / 1_000_000;

        boolean consistent = report.complete();
        System.out.println("ESCO import of " + report.source() + ", taxonomy version " + report.version());
        System.out.println();
        System.out.println("| file | rows in file | imported | bad rows | warnings |");
        System.out.println("|---|---:|---:|---|---|");
        for (LoadStats stats : report.files()) {
            long inFile = CsvRecordCount.dataRecords(source.find(stats.source()).orElseThrow().open());
            boolean adds = inFile == stats.preambleRecords() + stats.rowsRead()
                    && stats.rowsRead() == stats.accepted() + stats.badRows().size();
            consistent &= adds;
            System.out.printf(Locale.ROOT, "| `%s` | %,d | %,d%s | %s | %s |%n", stats.source(), inFile, stats.accepted(),
                    adds ? "" : " (≠ file)", issues(stats.badRows()), issues(stats.warnings()));
        }
        System.out.println();
        report.refusedFiles().forEach(f -> System.out.println("- refused: " + f));
        report.missingRequired().forEach(f -> System.out.println("- MISSING (required): " + f));
        report.missingOptional().forEach(f -> System.out.println("- not present (optional): " + f));
        report.notes().forEach(n -> System.out.println("- note: " + n));
        System.out.println("- generated Dutch skill labels: " + generated.stats() + "; shown at confidence >= "
                + GeneratedDutchLabels.SHOW_THRESHOLD);
        List<String> integrity = taxonomy.integrityIssues();
        integrity.stream().limit(3).forEach(i -> System.out.println("- integrity: " + i));
        if (integrity.size() > 3) {
            System.out.println("- integrity: … " + (integrity.size() - 3) + " more (" + integrity.size() + " in all)");
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "model: %,d skills, %,d occupations%n", taxonomy.skillCount(), taxonomy.occupationCount());
        System.out.println();
        System.out.print(DutchCoverage.of(taxonomy).markdown());
        System.out.printf(Locale.ROOT, "cold load (import + model build): %,d ms, of which import %,d ms; JVM up %,d ms before;"
                        + " load average %.1f on %d cores%n", coldMillis, report.elapsed().toMillis(), startedAtUptime,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.println(consistent ? "every file accounted for: rows in file = imported + bad rows"
                : "NOT CONSISTENT: see the rows marked ≠ file, or missing files");
        if (!consistent) {
            System.exit(1);
        }
    }

    private static String issues(List<RowIssue> issues) {
        if (issues.isEmpty()) {
            return "0";
        }
        String listed = issues.stream().limit(MAX_LISTED_ISSUES).map(i -> "line " + i.line() + ": " + i.reason().replace("|", "\\|"))
                .collect(Collectors.joining("; "));
        return issues.size() + " (" + listed + (issues.size() > MAX_LISTED_ISSUES ? "; …" : "") + ")";
    }
}
