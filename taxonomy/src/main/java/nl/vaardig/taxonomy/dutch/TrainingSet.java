package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds the translator's training data from ESCO, leaving out the Dutch of the given skills. */
final class TrainingSet {

    private TrainingSet() {
    }

    /** The reference Dutch label per skill: the official crosswalk label, else the collection label. */
    static Map<String, String> officialDutch(EscoParallelData data) {
        var out = new LinkedHashMap<String, String>(data.officialDutch());
        data.collectionDutch().forEach((uri, c) -> out.putIfAbsent(uri, c.label()));
        return out;
    }

    static LabelTranslator train(EscoParallelData data, Set<String> heldOut, DutchLexicon lexicon) {
        var labels = new ArrayList<LabelTranslator.Example>();
        var others = new ArrayList<>(data.otherPairs());
        data.officialDutch().forEach((uri, dutch) -> {
            if (!heldOut.contains(uri)) {
                var skill = data.skills().get(uri);
                labels.add(new LabelTranslator.Example(skill.label(), dutch, skill.competence()));
            }
        });
        data.collectionDutch().forEach((uri, c) -> {
            if (heldOut.contains(uri)) {
                return;
            }
            var skill = data.skills().get(uri);
            if (!c.label().equalsIgnoreCase(data.officialDutch().getOrDefault(uri, ""))) {
                labels.add(new LabelTranslator.Example(skill.label(), c.label(), skill.competence()));
            }
            others.addAll(EscoParallelData.sentencePairs(skill.description(), c.description()));
        });
        return LabelTranslator.train(labels, others, data.dutchOnly(), lexicon);
    }
}
