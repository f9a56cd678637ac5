package nl.vaardig.taxonomy.extract.retrieval;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
 * retrieves candidates for each exactly as the platform does ({@link SkillRetrieval#withOccupations}: the same word
 * translations, occupation context and listed candidates) from an index that leaves the query's own text out, trains
 * logistic regressions on three feature sets (the first rounds', with the candidates' routes, and the same with weights
 * per text language), reports held-out ranking quality per query kind, and writes the model that ranks the held-out
 * pseudo-queries best. Run from the repository
 * root with
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

    /** One held-out query's candidates and features, retrieved once and scored by every model. */
    private record Retrieved(PseudoQuery query, SkillRetrieval.Candidates candidates) {
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
        SkillRetrieval retrieval = platform(taxonomy, generated.heldOut());
        System.out.printf(Locale.ROOT, "Dutch terms with a learnt English translation: %d; index built in %.1f s%n",
                retrieval.retriever().translatedTerms(), (System.nanoTime() - t0) / 1e9);
        LabelFactory factory = new LabelFactory();
        // feature count, negative: also per text language
        Map<String, Integer> featureSets = new LinkedHashMap<>();
        featureSets.put("rounds 1-8 features", CandidateFeatures.FIRST_ROUND_FEATURES);
        featureSets.put("with the routes", CandidateFeatures.NAMES.size());
        featureSets.put("with the routes, per language", -CandidateFeatures.NAMES.size());
        Map<String, MutableDataset<Label>> train = new LinkedHashMap<>();
        String provenance = "pseudo-queries from ESCO v1.1.1 and crosswalks, seed " + seed;
        featureSets.keySet().forEach(name -> train.put(name, new MutableDataset<>(
                new SimpleDataSourceProvenance(provenance, factory), factory)));
        List<Retrieved> test = new ArrayList<>();
        Path dataOut = Files.isDirectory(Path.of("taxonomy/target")) ? Path.of("taxonomy/target/reranker-training.csv.gz")
                : Path.of("target/reranker-training.csv.gz");
        Files.createDirectories(dataOut.toAbsolutePath().getParent());
        int positives = 0;
        int pairs = 0;
        try (PrintWriter csv = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(dataOut)), StandardCharsets.UTF_8))) {
            csv.println("query_kind,skill_ordinal,candidate_ordinal,match," + String.join(",", CandidateFeatures.NAMES));
            for (PseudoQuery q : generated.queries()) {
                SkillRetrieval.Candidates candidates = retrieval.candidates(q.text(), q.dutch(), null);
                if (q.skill() % TEST_BUCKET == 0) {
                    test.add(new Retrieved(q, candidates));
                    continue;
                }
                for (int i = 0; i < candidates.hits().size(); i++) {
                    double[] f = withoutHeldOutFields(q, candidates.features()[i]);
                    boolean match = candidates.hits().get(i).ordinal() == q.skill();
                    positives += match ? 1 : 0;
                    pairs++;
                    featureSets.forEach((name, count) -> train.get(name).add(Reranker.example(f, Math.abs(count), count < 0, match)));
                    StringBuilder row = new StringBuilder(q.kind()).append(',').append(q.skill()).append(',')
                            .append(candidates.hits().get(i).ordinal()).append(',').append(match ? 1 : 0);
                    for (double v : f) {
                        row.append(',').append(String.format(Locale.ROOT, "%.4f", v));
                    }
                    csv.println(row);
                }
            }
        }
        System.out.printf(Locale.ROOT, "pseudo-queries: %d (%d kept for testing); training pairs %d, positives %d; %.1f s%n",
                generated.queries().size(), test.size(), pairs, positives, (System.nanoTime() - t0) / 1e9);
        double best = report(test, null, "retrieval order");
        Model<Label> chosen = null;
        String chosenName = "";
        for (Map.Entry<String, MutableDataset<Label>> set : train.entrySet()) {
            Model<Label> model = new LogisticRegressionTrainer().train(set.getValue());
            System.out.printf(Locale.ROOT, "trained '%s' in %.1f s (total)%n", set.getKey(), (System.nanoTime() - t0) / 1e9);
            double score = report(test, Reranker.of(model), "re-ranked, " + set.getKey());
            if (chosen == null || score > best) {
                best = Math.max(best, score);
                chosen = model;
                chosenName = set.getKey();
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        chosen.serializeToFile(out);
        System.out.printf(Locale.ROOT, "chosen by held-out pseudo-queries: '%s'; model written to %s (%d bytes); training pairs in %s%n",
                chosenName, out, Files.size(out), dataOut);
    }

    private static final int[] DESCRIPTION_FEATURES = {CandidateFeatures.NAMES.indexOf("sentence-cover-description"),
            CandidateFeatures.NAMES.indexOf("description-cover-vs-best")};
    private static final int[] DUTCH_LABEL_FEATURES = {CandidateFeatures.NAMES.indexOf("label-cover-nl")};

    /**
     * A training query's features without those of the field its own text was held out of: a description query's
     * skill has no description in the training index, a held-out Dutch label query's skill often no Dutch label left,
     * so there those features tell every other candidate from the target by construction, and a model would learn that
     * a description or Dutch label matching the sentence speaks against a skill (rounds 1–8 did: description cover
     * weighed −77). Set to 0 for every candidate of such a query, they teach nothing either way.
     */
    static double[] withoutHeldOutFields(PseudoQuery query, double[] features) {
        int[] held = query.kind().startsWith("description-") ? DESCRIPTION_FEATURES
                : query.kind().startsWith("label-nl") && !query.kind().endsWith(PseudoQueries.INDEXED) ? DUTCH_LABEL_FEATURES
                : new int[0];
        if (held.length == 0) {
            return features;
        }
        double[] out = features.clone();
        for (int f : held) {
            out[f] = 0;
        }
        return out;
    }

    /** The platform's retrieval ({@link SkillRetrieval#withOccupations}) over skill documents without the held-out text. */
    static SkillRetrieval platform(Taxonomy taxonomy, HeldOut heldOut) {
        SkillRetriever retriever = SkillRetriever.build(SkillDocuments.from(taxonomy, heldOut), true,
                OccupationContext.documents(taxonomy), WordTranslations.ANY_LABEL);
        return new SkillRetrieval(retriever, null)
                .withOccupationContext(OccupationContext.build(taxonomy, SkillRetrieval.OCCUPATION_LIFT));
    }

    /**
     * P@1 and R@5 per query kind of the held-out pseudo-queries, in retrieval order (null model) or re-ranked; returns
     * the mean over kinds of (P@1 + R@5) / 2, the figure a model is chosen by.
     */
    private static double report(List<Retrieved> test, Reranker model, String name) {
        double sum = 0;
        int kinds = 0;
        for (String kind : new TreeSet<>(test.stream().map(r -> r.query().kind()).toList())) {
            int n = 0;
            int first = 0;
            int top5 = 0;
            for (Retrieved r : test) {
                if (!r.query().kind().equals(kind)) {
                    continue;
                }
                n++;
                int rank = rankOf(r, model);
                first += rank == 0 ? 1 : 0;
                top5 += rank >= 0 && rank < 5 ? 1 : 0;
            }
            double p1 = 100.0 * first / Math.max(1, n);
            double r5 = 100.0 * top5 / Math.max(1, n);
            sum += (p1 + r5) / 2;
            kinds++;
            System.out.printf(Locale.ROOT, "held-out pseudo-queries %-40s %-26s n=%5d  P@1=%5.1f  R@5=%5.1f%n", name, kind,
                    n, p1, r5);
        }
        double mean = sum / Math.max(1, kinds);
        System.out.printf(Locale.ROOT, "held-out pseudo-queries %-40s mean over kinds of (P@1 + R@5) / 2 = %.2f%n", name, mean);
        return mean;
    }

    /** Rank (0 = first) of the query's skill among its candidates in retrieval order or by the model; -1: absent. */
    private static int rankOf(Retrieved r, Reranker model) {
        List<SkillRetriever.Hit> hits = r.candidates().hits();
        int at = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).ordinal() == r.query().skill()) {
                at = i;
            }
        }
        if (at < 0 || model == null) {
            return at;
        }
        double own = model.score(r.candidates().features()[at]);
        int rank = 0;
        for (int i = 0; i < hits.size(); i++) {
            double other = model.score(r.candidates().features()[i]);
            // ties go to the retrieval order, as the stable sort of SkillRetrieval#score does
            if (other > own || (other == own && i < at)) {
                rank++;
            }
        }
        return rank;
    }
}
