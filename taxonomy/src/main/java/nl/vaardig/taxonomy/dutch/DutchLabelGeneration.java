package nl.vaardig.taxonomy.dutch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Command line: {@code evaluate DATA_DIR [folds-to-run]} prints the held-out measurement; {@code check DATA_DIR}
 * also fails (exit 1) when exact or token agreement is more than {@value #MAX_DROP} below the committed baseline;
 * {@code coverage DATA_DIR} counts the Dutch forms of all skills with the shipped file; {@code kinds DATA_DIR} counts
 * why the shipped file's hidden labels of used skills stay English ({@link HiddenLabelKinds}, needs hunspell-nl); {@code generate DATA_DIR}
 * measures (5 folds, for the calibration), trains on everything and writes the shipped
 * {@code generated_skill_labels_nl.csv.gz} plus the baseline figures the quality test compares against (and, for
 * reading, every generated label with its confidence features to {@code target/dutch-labels-generated.tsv}).
 * DATA_DIR is the reference data folder ({@code ../shared/data}); of it only ESCO and the ESCO–VDAB crosswalk are
 * read (never {@code eval/}). Generation also needs the Debian packages {@value DutchLexicon#PACKAGES} (FreeDict
 * dictionaries, OpenTaal hunspell; {@link DutchLexicon}) and stops with the install command when they are missing;
 * the shipped file needs nothing at run time. {@code --pivots} adds FreeDict's dictionaries through German, French,
 * Spanish, Swedish and Italian ({@link PivotDictionary}, packages {@code DutchLexicon.PIVOT_PACKAGES}); off by
 * default: it measured no gain.
 */
public final class DutchLabelGeneration {

    static final int FOLDS = 5;
    static final double MAX_DROP = 0.02;
    private static final String SHIPPED = "src/main/resources/nl/vaardig/taxonomy/dutch/generated_skill_labels_nl.csv.gz";
    private static final String BASELINE = "src/test/resources/eval/dutch-labels/baseline.properties";

    private DutchLabelGeneration() {
    }

    public static void main(String[] arguments) throws IOException {
        boolean pivots = List.of(arguments).contains("--pivots");
        String[] args = java.util.Arrays.stream(arguments).filter(a -> !a.equals("--pivots")).toArray(String[]::new);
        if (args.length < 2 || !Set.of("evaluate", "check", "generate", "coverage", "kinds").contains(args[0])) {
            System.err.println(
                    "usage: DutchLabelGeneration evaluate|check|generate|coverage|kinds DATA_DIR [folds-to-run]"
                            + " [--pivots]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[1]);
        if (args[0].equals("coverage")) {
            EscoParallelData data = EscoParallelData.read(dataDir);
            var rows = new TreeMap<String, GeneratedLabel>();
            GeneratedDutchLabels.shipped().all().forEach((uri, label) -> rows.put(uri.value(), label));
            System.out.print(coverage(data, TrainingSet.officialDutch(data), rows));
            return;
        }
        if (args[0].equals("kinds")) {
            EscoParallelData data = EscoParallelData.read(dataDir);
            var rows = new TreeMap<String, GeneratedLabel>();
            GeneratedDutchLabels.shipped().all().forEach((uri, label) -> rows.put(uri.value(), label));
            var spelling = DutchSpelling.read(DutchLexicon.HUNSPELL);
            System.out.println("Generated labels of used skills below the display bar, by kind:");
            HiddenLabelKinds.count(data, dataDir, rows, spelling::isWord)
                    .forEach((kind, n) -> System.out.printf(Locale.ROOT, "  %-40s %5d%n", kind, n));
            return;
        }
        int foldsToRun = args.length > 2 ? Integer.parseInt(args[2]) : FOLDS;
        EscoParallelData data = EscoParallelData.read(dataDir);
        DutchLexicon lexicon = DutchLexicon.system(pivots);
        System.err.printf(Locale.ROOT, "bilingual dictionary: %d English phrases, %d of them only through a pivot%n",
                lexicon.dictionary().size(), lexicon.dictionary().pivotPhrases());
        System.err.printf(Locale.ROOT, "skills %d, official Dutch %d, collection Dutch %d, other pairs %d%n",
                data.skills().size(), data.officialDutch().size(), data.collectionDutch().size(),
                data.otherPairs().size());
        List<HeldOutEvaluation.Result> results = HeldOutEvaluation.run(data, lexicon, FOLDS, foldsToRun);
        QualityModel quality = HeldOutEvaluation.qualityModel(results);
        var report = new EvaluationReport(results, HeldOutEvaluation.crossFittedConfidence(results), quality);
        System.out.print(report.text());
        writeHeldOut(results, report);
        if (args[0].equals("generate")) {
            generate(data, lexicon, quality, report);
        }
        if (args[0].equals("check") && !report.holds(readBaseline(), MAX_DROP)) {
            System.err.println("FAILED: held-out agreement dropped more than " + MAX_DROP + " below " + BASELINE);
            System.exit(1);
        }
    }

    private static Path module() {
        return Files.isDirectory(Path.of("taxonomy/src")) ? Path.of("taxonomy") : Path.of(".");
    }

    private static java.util.Properties readBaseline() throws IOException {
        var p = new java.util.Properties();
        try (var in = Files.newBufferedReader(module().resolve(BASELINE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static void generate(EscoParallelData data, DutchLexicon lexicon, QualityModel quality,
                                 EvaluationReport report) throws IOException {
        LabelTranslator translator = TrainingSet.train(data, Set.of(), lexicon);
        Map<String, String> official = TrainingSet.officialDutch(data);
        var rows = new TreeMap<String, GeneratedLabel>();
        var unknownWord = new java.util.HashSet<String>();
        var context = new SkillContext(data.conceptDutch(), data.neighbours(), translator::dutchParts);
        var neighbourLabels = new NeighbourLabels(data, official);
        var features = new StringBuilder("uri\tused\tenglish\tgenerated\tmethod\tconfidence\tfeatures\n");
        for (var skill : data.skills().values()) {
            if (official.containsKey(skill.uri())) {
                continue;
            }
            var translated = translator.translate(skill.label(), skill.competence(), context.lift(skill.uri()));
            var t = translated.withNeighbours(neighbourLabels.shares(skill.uri(), translated.text()));
            features.append(String.format(Locale.ROOT, "%s\t%b\t%s\t%s\t%s\t%.3f\t%s%n", skill.uri(),
                    data.usedByOccupations().contains(skill.uri()), skill.label(), t.text(), t.method(),
                    quality.confidence(t.features()), joined(t.features())));
            double confidence = Math.round(quality.confidence(t.features()) * 1000) / 1000.0;
            rows.put(skill.uri(), new GeneratedLabel(t.text(), confidence, t.method()));
            if (t.features()[QualityFeatures.UNKNOWN_SHARE] > 0) {
                unknownWord.add(skill.uri());
            }
        }
        Path featureFile = module().resolve("target/dutch-labels-generated.tsv");
        Files.createDirectories(featureFile.getParent());
        Files.writeString(featureFile, features, StandardCharsets.UTF_8);
        System.out.print(thresholds(data, rows, unknownWord));
        Path module = module();
        Path shipped = module.resolve(SHIPPED);
        Files.createDirectories(shipped.getParent());
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(shipped)),
                StandardCharsets.UTF_8)) {
            out.write(GeneratedDutchLabels.HEADER + "\n");
            for (var e : rows.entrySet()) {
                out.write(e.getKey() + "," + csv(e.getValue().text()) + ","
                        + String.format(Locale.ROOT, "%.3f", e.getValue().confidence()) + ","
                        + e.getValue().method() + "\n");
            }
        }
        Path baseline = module.resolve(BASELINE);
        Files.createDirectories(baseline.getParent());
        Files.writeString(baseline, report.baselineProperties(), StandardCharsets.UTF_8);
        System.out.print(coverage(data, official, rows));
        System.err.println("wrote " + rows.size() + " labels to " + shipped + " and " + baseline);
    }

    /** For the generated labels of skills occupations use: how many each threshold shows, and with an unknown word. */
    private static String thresholds(EscoParallelData data, Map<String, GeneratedLabel> rows, Set<String> unknown) {
        var sb = new StringBuilder("\nGenerated labels of skills occupations use, shown at a threshold"
                + " (u = with a word unknown to Dutch):\n");
        for (double t = 0.20; t < 0.61; t += 0.025) {
            int shown = 0;
            int withUnknown = 0;
            int all = 0;
            for (var e : rows.entrySet()) {
                if (!data.usedByOccupations().contains(e.getKey())) {
                    continue;
                }
                all++;
                if (e.getValue().confidence() >= t - 1e-9) {
                    shown++;
                    withUnknown += unknown.contains(e.getKey()) ? 1 : 0;
                }
            }
            sb.append(String.format(Locale.ROOT, "  ≥ %.3f: %d of %d shown, u=%d%n", t, shown, all, withUnknown));
        }
        return sb.toString();
    }

    static String coverage(EscoParallelData data, Map<String, String> official, Map<String, GeneratedLabel> rows) {
        var sb = new StringBuilder("\nCoverage (official = crosswalk; collection = collection label only):\n");
        for (boolean usedOnly : new boolean[]{false, true}) {
            int all = 0;
            int crosswalk = 0;
            int collection = 0;
            int shown = 0;
            int hidden = 0;
            int none = 0;
            for (var skill : data.skills().values()) {
                if (usedOnly && !data.usedByOccupations().contains(skill.uri())) {
                    continue;
                }
                all++;
                GeneratedLabel g = rows.get(skill.uri());
                if (data.officialDutch().containsKey(skill.uri())) {
                    crosswalk++;
                } else if (official.containsKey(skill.uri())) {
                    collection++;
                } else if (g == null) {
                    none++;
                } else if (g.confidence() >= GeneratedDutchLabels.SHOW_THRESHOLD) {
                    shown++;
                } else {
                    hidden++;
                }
            }
            sb.append(String.format(Locale.ROOT,
                    "%s: %d skills; official %d, collection %d, generated ≥ %.2f %d, generated below %d, none %d;"
                            + " Dutch form shown %.1f %%%n", usedOnly ? "used by occupations" : "all", all, crosswalk,
                    collection, GeneratedDutchLabels.SHOW_THRESHOLD, shown, hidden, none,
                    100.0 * (crosswalk + collection + shown) / all));
        }
        return sb.toString();
    }

    /** Every held-out translation next to its official label, for reading by eye (target/, not committed). */
    private static void writeHeldOut(List<HeldOutEvaluation.Result> results, EvaluationReport report)
            throws IOException {
        Path file = module().resolve("target/dutch-labels-heldout.tsv");
        Files.createDirectories(file.getParent());
        var sb = new StringBuilder(
                "fold\turi\tenglish\tgenerated\tofficial\tmethod\ttokenF1\tconfidence\tunknownWords\tfeatures\n");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            double[] f = r.generated().features();
            sb.append(String.format(Locale.ROOT, "%d\t%s\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%s%n", r.fold() + 1,
                    r.uri(), r.english(), r.generated().text(), r.official(), r.generated().method(), r.agreement().f1(),
                    report.confidence(i), f[QualityFeatures.UNKNOWN_SHARE], joined(f)));
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        System.err.println("held-out translations: " + file);
    }

    private static String joined(double[] features) {
        var joined = new java.util.StringJoiner(",");
        for (double x : features) {
            joined.add(String.format(Locale.ROOT, "%.4f", x));
        }
        return joined.toString();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** 30 random held-out translations next to the official label, for reading by eye. */
    static List<HeldOutEvaluation.Result> sample(List<HeldOutEvaluation.Result> results, int n) {
        var copy = new ArrayList<>(results);
        Collections.shuffle(copy, new Random(HeldOutEvaluation.SEED));
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
