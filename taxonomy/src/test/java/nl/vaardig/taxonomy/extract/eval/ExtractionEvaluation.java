package nl.vaardig.taxonomy.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.ExtractionResult;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.retrieval.OccupationContext;
import nl.vaardig.taxonomy.extract.retrieval.SkillDocuments;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetriever;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * Scores the extractor on annotation files: RP@5 and RP@10 per set. Run with
 * <pre>
 * ./mvnw -q -B -pl taxonomy test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.ExtractionEvaluation \
 *   -Dexec.args="[--benchmark DIR] [--eval-dir DIR] [--annotations FILE.csv]... [--vacancies FILE.jsonl]... [--only] [--verbose] [--ablations] [--reranker FILE.tribuo]..."
 * </pre>
 * {@code --reranker} scores the platform with that re-ranker model on top (its scores relative to the sentence's best,
 * and as probabilities), with and without the lexicon: a model from {@code RerankerTraining --out FILE} is measured
 * before it is shipped.
 * By default it scores the TECH and HOUSE validation splits from the shared
 * {@code data/job_postings/skill_extraction_benchmark} folder, the project's own Dutch set shipped with the tests, and
 * {@code nl_vacancies_dev} from the shared {@code data/eval} folder (sentences and whole vacancies); missing folders are
 * skipped. Held-out sets: {@code --annotations} takes any CSV in the benchmark's format
 * ({@code sentence,span,sub_span,label}, label = ESCO English preferred label), {@code --vacancies} any JSON-lines file
 * with {@code text} and {@code gold:[{uri}]} per line; {@code --only} scores just those files.
 */
public final class ExtractionEvaluation {

    private static final String SAMPLES = "data/job_postings/skill_extraction_benchmark";
    /** The shared data folder here, or beside the clone (as CI lays it out), or set {@code -Dvaardig.benchmark.dir}. */
    public static final Path DEFAULT_BENCHMARK = Stream.of(
                    System.getProperty("vaardig.benchmark.dir"), "/work/shared/" + SAMPLES, "../../shared/" + SAMPLES,
                    "../shared/" + SAMPLES)
            .filter(Objects::nonNull).map(Path::of).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("/work/shared/" + SAMPLES));

    /** Scores of one set. */
    public record SetScore(String name, int texts, double rp5, double rp10) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-18s texts=%3d  RP@5=%5.1f  RP@10=%5.1f", name, texts, rp5 * 100, rp10 * 100);
        }
    }

    private ExtractionEvaluation() {
    }

    public static SetScore score(String name, SkillExtractor extractor, List<AnnotatedText> texts, boolean verbose,
                                 Map<String, String> labelByUri) {
        return score(name, extractor, ExtractionOptions.ranking(), texts, verbose, labelByUri);
    }

    public static SetScore score(String name, SkillExtractor extractor, ExtractionOptions options,
                                 List<AnnotatedText> texts, boolean verbose, Map<String, String> labelByUri) {
        double rp5 = 0;
        double rp10 = 0;
        for (AnnotatedText text : texts) {
            ExtractionResult result = extractor.extract(text.text(), options);
            List<String> ranked = result.skillUris().stream().map(SkillUri::value).toList();
            double r5 = RankingMetrics.rPrecisionAt(5, ranked, text.goldSkillUris());
            rp5 += r5;
            rp10 += RankingMetrics.rPrecisionAt(10, ranked, text.goldSkillUris());
            if (verbose) {
                System.out.printf(Locale.ROOT, "%n[%s] RP@5=%.2f  %s%n", name, r5,
                        text.text().length() > 160 ? text.text().substring(0, 160).replace('\n', ' ') + "…" : text.text());
                System.out.println("  gold: " + text.goldSkillUris().stream().map(labelByUri::get).sorted().toList());
                for (int i = 0; i < Math.min(10, result.skills().size()); i++) {
                    var s = result.skills().get(i);
                    System.out.printf(Locale.ROOT, "  %s %.3f %-45s %s%n", text.goldSkillUris().contains(s.skillUri().value()) ? "+" : " ",
                            s.confidence(), labelByUri.get(s.skillUri().value()), s.evidence().get(0).text());
                }
            }
        }
        int n = Math.max(1, texts.size());
        return new SetScore(name, texts.size(), rp5 / n, rp10 / n);
    }

    static final Path DEFAULT_EVAL = Stream.of(System.getProperty("vaardig.eval.dir"), "/work/shared/data/eval",
                    "../../shared/data/eval", "../shared/data/eval")
            .filter(Objects::nonNull).map(Path::of).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("/work/shared/data/eval"));

    public static void main(String[] args) throws IOException {
        Path benchmark = DEFAULT_BENCHMARK;
        Path evalDir = DEFAULT_EVAL;
        List<Path> extra = new ArrayList<>();
        List<Path> vacancies = new ArrayList<>();
        boolean verbose = false;
        boolean ablations = false;
        boolean onlyGiven = false;
        List<Float> lifts = new ArrayList<>();
        List<Integer> liftOccupations = List.of(10);
        boolean liftNoLexicon = false;
        int liftPool = SkillRetrieval.CANDIDATES;
        List<Path> rerankers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--benchmark" -> benchmark = Path.of(args[++i]);
                case "--eval-dir" -> evalDir = Path.of(args[++i]);
                case "--annotations" -> extra.add(Path.of(args[++i]));
                case "--vacancies" -> vacancies.add(Path.of(args[++i]));
                case "--only" -> onlyGiven = true;
                case "--verbose" -> verbose = true;
                case "--ablations" -> ablations = true;
                case "--lifts" -> Stream.of(args[++i].split(",")).map(Float::parseFloat).forEach(lifts::add);
                case "--lift-occupations" -> liftOccupations = Stream.of(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--lift-no-lexicon" -> liftNoLexicon = true;
                case "--lift-pool" -> liftPool = Integer.parseInt(args[++i]);
                case "--reranker" -> rerankers.add(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        EvalFixtures fixtures = EvalFixtures.load();
        System.out.printf(Locale.ROOT, "extractor built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Map<String, List<AnnotatedText>> sets = new LinkedHashMap<>();
        if (!onlyGiven) {
            for (String split : List.of("tech", "house")) {
                Path file = benchmark.resolve(split + "_validation_annotations.csv");
                if (Files.exists(file)) {
                    sets.put(split.toUpperCase(Locale.ROOT), fixtures.annotations(file));
                } else {
                    System.out.println("skipping " + split + ": " + file + " not found");
                }
            }
            sets.put("DUTCH-OWN", fixtures.dutchSet());
            Path dev = evalDir.resolve("nl_vacancies_dev");
            if (Files.exists(dev.resolve("sentences.csv"))) {
                sets.put("NL-DEV-SENTENCES", fixtures.annotations(dev.resolve("sentences.csv")));
                sets.put("NL-DEV-VACANCIES", fixtures.vacancies(dev.resolve("vacancies.jsonl")));
            } else {
                System.out.println("skipping the Dutch dev set: " + dev + " not found");
            }
        }
        for (Path file : extra) {
            sets.put(file.toString(), fixtures.annotations(file));
        }
        for (Path file : vacancies) {
            sets.put(file.toString(), fixtures.vacancies(file));
        }
        for (Map.Entry<String, List<AnnotatedText>> set : sets.entrySet()) {
            System.out.println(score(set.getKey(), fixtures.extractor(), set.getValue(), verbose, fixtures.labelByUri()));
        }
        if (!lifts.isEmpty()) {
            lifts(fixtures, sets, lifts, liftOccupations, liftNoLexicon, liftPool);
        }
        for (Path file : rerankers) {
            rerankers(fixtures, sets, file);
        }
        if (ablations) {
            ablations(fixtures, sets);
        }
    }

    /** The platform with this re-ranker model on top: relative scores, probabilities, and relative without the lexicon. */
    private static void rerankers(EvalFixtures fixtures, Map<String, List<AnnotatedText>> sets, Path file) {
        SkillRetrieval reranked = fixtures.retrieval().withReranker(nl.vaardig.taxonomy.extract.retrieval.Reranker.read(file));
        SkillExtractor noLexicon = SkillExtractor.create(fixtures.source(), SynonymLexicon.empty());
        Map<String, SkillExtractor> variants = new LinkedHashMap<>();
        variants.put("re-ranked", fixtures.extractor().withRetrieval(fixtures.taxonomy(), reranked));
        variants.put("re-ranked, probabilities", fixtures.extractor().withRetrieval(fixtures.taxonomy(),
                reranked.withRerankedScore(SkillRetrieval.RerankedScore.PROBABILITY)));
        variants.put("re-ranked, no lexicon", noLexicon.withRetrieval(fixtures.taxonomy(), reranked));
        variants.put("retrieval order, no lexicon", noLexicon.withRetrieval(fixtures.taxonomy(), fixtures.retrieval()));
        for (Map.Entry<String, SkillExtractor> variant : variants.entrySet()) {
            for (Map.Entry<String, List<AnnotatedText>> set : sets.entrySet()) {
                System.out.printf(Locale.ROOT, "%-28s %s %s%n", variant.getKey(), file.getFileName(),
                        score(set.getKey(), variant.getValue(), set.getValue(), false, fixtures.labelByUri()));
            }
        }
    }

    /** The platform with the occupation lift at each weight (0: none) and occupation count, on every set. */
    private static void lifts(EvalFixtures fixtures, Map<String, List<AnnotatedText>> sets, List<Float> weights,
                              List<Integer> counts, boolean noLexicon, int pool) {
        // a pool other than the 25 is the fifth round's re-ordering of that many retrieval candidates
        OccupationContext context = OccupationContext.build(fixtures.taxonomy(), 0f).withPool(pool)
                .withCandidates(pool == SkillRetrieval.CANDIDATES ? OccupationContext.Candidates.LISTED
                        : OccupationContext.Candidates.RETRIEVED);
        SkillRetrieval plain = fixtures.retrieval().withOccupationContext(null);
        SkillExtractor labels = noLexicon ? SkillExtractor.create(fixtures.source(), SynonymLexicon.empty()) : fixtures.extractor();
        for (int count : counts) {
            for (float weight : weights) {
                SkillRetrieval retrieval = weight == 0f ? plain
                        : plain.withOccupationContext(context.withWeight(weight).withOccupations(count));
                SkillExtractor extractor = labels.withRetrieval(fixtures.taxonomy(), retrieval);
                for (Map.Entry<String, List<AnnotatedText>> set : sets.entrySet()) {
                    System.out.printf(Locale.ROOT, "%-40s %s%n", "occupation lift " + weight + " of " + count + " over " + pool
                                    + (noLexicon ? ", no lexicon" : ""),
                            score(set.getKey(), extractor, set.getValue(), false, fixtures.labelByUri()));
                }
            }
        }
    }

    /**
     * What each part adds: the same sets without the lexicon, the descriptions or retrieval, or with the re-ranker;
     * the eighth round's parts (listed skills as candidates, translations from every label and ESCO's occupations)
     * one at a time and together ("round 5 retrieval"); the ninth round's translations from description sentences
     * ("round 8 retrieval" has label translations only).
     */
    private static void ablations(EvalFixtures fixtures, Map<String, List<AnnotatedText>> sets) {
        SkillExtractor full = fixtures.extractor();
        SkillExtractor noLexicon = SkillExtractor.create(fixtures.source(), SynonymLexicon.empty())
                .withRetrieval(fixtures.taxonomy(), fixtures.retrieval());
        SkillRetrieval noDescriptionRetrieval = new SkillRetrieval(
                SkillRetriever.build(SkillDocuments.from(fixtures.taxonomy()), false,
                        OccupationContext.documents(fixtures.taxonomy()), 0), fixtures.retrieval().reranker().orElse(null))
                .withOccupationContext(fixtures.retrieval().occupationContext().orElse(null));
        SkillRetrieval fifthRound = SkillRetrieval.fifthRound(fixtures.taxonomy());
        OccupationContext context = fixtures.retrieval().occupationContext().orElseThrow();
        Map<String, SkillExtractor> variants = new LinkedHashMap<>();
        variants.put("no lexicon", noLexicon);
        variants.put("no segment roles (round 10's whole texts)", full.withSegmentRoles(false));
        variants.put("learnt re-ranker on top", full.withRetrieval(fixtures.taxonomy(),
                fixtures.retrieval().withReranker(nl.vaardig.taxonomy.extract.retrieval.Reranker.shipped().orElseThrow())));
        variants.put("no occupation context", full.withRetrieval(fixtures.taxonomy(),
                fixtures.retrieval().withOccupationContext(null)));
        variants.put("lift re-orders the 25 only", full.withRetrieval(fixtures.taxonomy(), fixtures.retrieval()
                .withOccupationContext(context.withCandidates(OccupationContext.Candidates.RETRIEVED))));
        variants.put("translations of round 5", full.withRetrieval(fixtures.taxonomy(), fifthRound
                .withOccupationContext(context)));
        variants.put("round 5 retrieval", full.withRetrieval(fixtures.taxonomy(), fifthRound));
        variants.put("round 5 retrieval, no lexicon", noLexicon.withRetrieval(fixtures.taxonomy(), fifthRound));
        SkillRetrieval eighthRound = SkillRetrieval.eighthRound(fixtures.taxonomy());
        variants.put("round 8 retrieval (label translations)", full.withRetrieval(fixtures.taxonomy(), eighthRound));
        variants.put("round 8 retrieval, no lexicon", noLexicon.withRetrieval(fixtures.taxonomy(), eighthRound));
        variants.put("label translations only (round 9 documents)", full.withRetrieval(fixtures.taxonomy(),
                SkillRetrieval.labelTranslations(fixtures.taxonomy())));
        variants.put("no descriptions in the index", full.withRetrieval(fixtures.taxonomy(), noDescriptionRetrieval));
        variants.put("no retrieval (labels + lexicon)", full.withoutRetrieval());
        variants.put("no lexicon, no retrieval", noLexicon.withoutRetrieval());
        for (Map.Entry<String, SkillExtractor> variant : variants.entrySet()) {
            for (Map.Entry<String, List<AnnotatedText>> set : sets.entrySet()) {
                System.out.printf(Locale.ROOT, "%-44s %s%n", variant.getKey(),
                        score(set.getKey(), variant.getValue(), set.getValue(), false, fixtures.labelByUri()));
            }
        }
        ExtractionOptions noPrior = ExtractionOptions.ranking().withOccupationPrior(false);
        for (Map.Entry<String, List<AnnotatedText>> set : sets.entrySet()) {
            System.out.printf(Locale.ROOT, "%-34s %s%n", "no occupation prior",
                    score(set.getKey(), full, noPrior, set.getValue(), false, fixtures.labelByUri()));
        }
    }
}
