package nl.vaardig.taxonomy.extract.retrieval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Rebuilds the extraction re-ranker from ESCO and the crosswalks alone (no evaluation data): generates pseudo-queries,
 * retrieves candidates for each from an index that leaves the query's own text out, trains a logistic regression,
 * reports held-out ranking quality and writes the model. Run from the repository root with
 * <pre>
 * ./mvnw -q -B -pl taxonomy compile exec:java -Dexec.mainClass=nl.vaardig.taxonomy.extract.retrieval.RerankerTraining
 * </pre>
 * Arguments: {@code [--out FILE] [--seed N] [--share 0..1]}.
 */
public final class RerankerTraining {

    private static final Path DEFAULT_OUT = Path.of("taxonomy/src/main/resources" + Reranker.RESOURCE);
    /** A tenth of the pseudo-queries (by skill) are kept out of training to report the model's own ranking quality. */
    private static final int TEST_BUCKET = 10;

    /** Tribuo logs every thousand SGD steps; held here so the level sticks. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    private RerankerTraining() {
    }

    public static void main(String[] args) throws IOException {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        Path out = Files.isDirectory(Path.of("taxonomy")) ? DEFAULT_OUT : Path.of("src/main/resources" + Reranker.RESOURCE);
        long seed = 13;
        double share = 0.35;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--share" -> share = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SentenceTemplates frames = SentenceTemplates.learn(taxonomy);
        System.out.printf(Locale.ROOT, "sentence frames learnt from occupation descriptions: %d Dutch, %d English%n",
                frames.size(true), frames.size(false));
        PseudoQueries.Generated generated = PseudoQueries.generate(taxonomy, seed, share, frames);
        SkillRetriever retriever = SkillRetriever.build(SkillDocuments.from(taxonomy, generated.heldOut()));
        System.out.printf(Locale.ROOT, "Dutch terms with a learnt English translation: %d%n", retriever.translatedTerms());
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> train = new MutableDataset<>(new SimpleDataSourceProvenance(
                "pseudo-queries from ESCO v1.1.1 and crosswalks, seed " + seed, factory), factory);
        List<PseudoQuery> test = new java.util.ArrayList<>();
        Path dataOut = Files.isDirectory(Path.of("taxonomy/target")) ? Path.of("taxonomy/target/reranker-training.csv.gz")
                : Path.of("target/reranker-training.csv.gz");
        Files.createDirectories(dataOut.toAbsolutePath().getParent());
        int positives = 0;
        try (PrintWriter csv = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(dataOut)), StandardCharsets.UTF_8))) {
            csv.println("query_kind,skill_ordinal,candidate_ordinal,match," + String.join(",", CandidateFeatures.NAMES));
            for (PseudoQuery q : generated.queries()) {
                if (q.skill() % TEST_BUCKET == 0) {
                    test.add(q);
                    continue;
                }
                QueryText query = retriever.analyse(q.text(), q.dutch());
                List<SkillRetriever.Hit> hits = retriever.search(query, q.dutch(), SkillRetrieval.CANDIDATES);
                for (SkillRetriever.Hit hit : hits) {
                    double[] f = CandidateFeatures.of(retriever.terms(), query, hit, hits.getFirst().score(), q.dutch());
                    boolean match = hit.ordinal() == q.skill();
                    positives += match ? 1 : 0;
                    train.add(Reranker.example(f, match));
                    StringBuilder row = new StringBuilder(q.kind()).append(',').append(q.skill()).append(',')
                            .append(hit.ordinal()).append(',').append(match ? 1 : 0);
                    for (double v : f) {
                        row.append(',').append(String.format(Locale.ROOT, "%.4f", v));
                    }
                    csv.println(row);
                }
            }
        }
        System.out.printf(Locale.ROOT, "pseudo-queries: %d (%d kept for testing); training pairs %d, positives %d; %.1f s%n",
                generated.queries().size(), test.size(), train.size(), positives, (System.nanoTime() - t0) / 1e9);
        Model<Label> model = new LogisticRegressionTrainer().train(train);
        Reranker reranker = Reranker.of(model);
        System.out.printf(Locale.ROOT, "trained in %.1f s (total)%n", (System.nanoTime() - t0) / 1e9);
        report(test, retriever, new SkillRetrieval(retriever, null), "retrieval order");
        report(test, retriever, new SkillRetrieval(retriever, reranker), "re-ranked      ");
        Files.createDirectories(out.toAbsolutePath().getParent());
        model.serializeToFile(out);
        System.out.printf(Locale.ROOT, "model written to %s (%d bytes); training pairs in %s%n", out, Files.size(out), dataOut);
    }

    private static void report(List<PseudoQuery> test, SkillRetriever retriever, SkillRetrieval retrieval, String name) {
        for (String kind : List.of("label-en", "label-en-framed", "label-en-framed-indexed", "label-nl", "label-nl-framed",
                "label-nl-framed-indexed", "label-nl-vacancy-indexed", "description-en", "description-nl")) {
            int n = 0;
            int first = 0;
            int top5 = 0;
            for (PseudoQuery q : test) {
                if (!q.kind().equals(kind)) {
                    continue;
                }
                n++;
                List<SkillRetrieval.Scored> ranked = retrieval.score(q.text(), q.dutch(), 5);
                for (int r = 0; r < ranked.size(); r++) {
                    if (ranked.get(r).ordinal() == q.skill()) {
                        first += r == 0 ? 1 : 0;
                        top5++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "held-out pseudo-queries %s %-23s n=%5d  P@1=%5.1f  R@5=%5.1f%n", name, kind, n,
                    100.0 * first / Math.max(1, n), 100.0 * top5 / Math.max(1, n));
        }
    }
}
