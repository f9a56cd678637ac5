package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.Collection;
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
    record Result(String uri, String english, String official, LabelTranslator.Translation generated,
                  TokenAgreement agreement, TokenAgreement englishBaseline) {
    }

    static List<Result> run(EscoParallelData data, int folds, int foldsToRun, Collection<String> extraDutchWords) {
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
            LabelTranslator translator = TrainingSet.train(data, heldOut, extraDutchWords);
            var official = TrainingSet.officialDutch(data);
            for (int i = f; i < gold.size(); i += folds) {
                String uri = gold.get(i);
                EscoParallelData.Skill skill = data.skills().get(uri);
                var generated = translator.translate(skill.label(), skill.competence());
                String reference = official.get(uri);
                results.add(new Result(uri, skill.label(), reference, generated,
                        TokenAgreement.of(generated.text(), reference), TokenAgreement.of(skill.label(), reference)));
            }
            System.err.printf(java.util.Locale.ROOT, "fold %d: %d held out, trained and translated in %d ms%n",
                    f + 1, heldOut.size(), (System.nanoTime() - started) / 1_000_000);
        }
        return results;
    }
}
