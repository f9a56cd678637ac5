package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * K-fold held-out measurement over the skills that have an official Dutch label (crosswalk label, else collection
 * label). For each fold the translator is trained WITHOUT that fold's Dutch skill labels and descriptions (crosswalk
 * and collection alike), then translates the fold's English labels.
 */
final class HeldOutEvaluation {

    static final long SEED = 20261206L;

    /** One held-out translation next to the official label. */
    record Result(int fold, String uri, String english, String official, LabelTranslator.Translation generated,
                  TokenAgreement agreement, TokenAgreement englishBaseline) {
    }

    static List<Result> run(EscoParallelData data, DutchLexicon lexicon, int folds, int foldsToRun) {
        List<String> gold = new ArrayList<>(TrainingSet.officialDutch(data).keySet());
        Collections.sort(gold);
        Collections.shuffle(gold, new Random(SEED));
        var results = new ArrayList<Result>();
        for (int f = 0; f < foldsToRun; f++) {
            var heldOut = new java.util.HashSet<String>();
            for (int i = f; i < gold.size(); i += folds) {
                heldOut.add(gold.get(i));
            }
            long started = System.nanoTime();
            LabelTranslator translator = TrainingSet.train(data, heldOut, lexicon);
            var official = TrainingSet.officialDutch(data);
            var context = new SkillContext(data.conceptDutch(), data.neighbours(), translator::dutchParts);
            var seen = new java.util.HashMap<>(official);
            seen.keySet().removeAll(heldOut);
            var neighbourLabels = new NeighbourLabels(data, seen);
            for (int i = f; i < gold.size(); i += folds) {
                String uri = gold.get(i);
                EscoParallelData.Skill skill = data.skills().get(uri);
                var translated = translator.translate(skill.label(), skill.competence(), context.lift(uri));
                var generated = translated.withNeighbours(neighbourLabels.shares(uri, translated.text()));
                String reference = official.get(uri);
                results.add(new Result(f, uri, skill.label(), reference, generated,
                        TokenAgreement.of(generated.text(), reference), TokenAgreement.of(skill.label(), reference)));
            }
            System.err.printf(java.util.Locale.ROOT,
                    "fold %d: %d held out, %d English phrases, %d verb keys; trained and translated in %d ms%n",
                    f + 1, heldOut.size(), translator.phraseCount(), translator.templateKeys(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return results;
    }

    /**
     * The confidence of every held-out result from a quality model fitted on the OTHER folds' results (cross-fitting),
     * so the per-bucket figures are not measured on the data the confidence was fitted on. With one fold only, the
     * model is fitted on that fold itself (in-sample).
     */
    static double[] crossFittedConfidence(List<Result> results) {
        double[] out = new double[results.size()];
        var folds = new java.util.TreeSet<Integer>();
        results.forEach(r -> folds.add(r.fold()));
        for (int fold : folds) {
            var training = new ArrayList<QualityModel.Example>();
            for (Result r : results) {
                if (r.fold() != fold || folds.size() == 1) {
                    training.add(new QualityModel.Example(r.generated().features(), r.agreement().f1()));
                }
            }
            QualityModel model = QualityModel.fit(training);
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).fold() == fold) {
                    out[i] = model.confidence(results.get(i).generated().features());
                }
            }
        }
        return out;
    }

    static QualityModel qualityModel(List<Result> results) {
        return QualityModel.fit(results.stream()
                .map(r -> new QualityModel.Example(r.generated().features(), r.agreement().f1())).toList());
    }
}
