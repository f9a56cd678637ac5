package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedOccupation;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Training queries generated from ESCO alone: for a sample of skills, one English alternative label, one Dutch label
 * and the first sentence of the description are held out of the index and used as queries for their skill; half of
 * them get words of an occupation description that needs the skill around them, as a vacancy sentence has.
 */
final class PseudoQueries {

    /** What was generated and what the training index must leave out. */
    record Generated(List<PseudoQuery> queries, HeldOut heldOut) {
    }

    private PseudoQueries() {
    }

    static Generated generate(Taxonomy taxonomy, long seed, double share) {
        Random random = new Random(seed);
        List<PseudoQuery> queries = new ArrayList<>();
        Map<Integer, Set<String>> labels = new HashMap<>();
        Set<Integer> descriptions = new HashSet<>();
        for (int i = 0; i < taxonomy.skillCount(); i++) {
            if (random.nextDouble() >= share) {
                continue;
            }
            Skill skill = taxonomy.skillAt(i);
            List<SourcedLabel> vocabulary = taxonomy.vocabulary(skill.uri());
            List<SourcedLabel> english = vocabulary.stream()
                    .filter(l -> "en".equals(l.language().getLanguage()) && l.source() != LabelSource.ESCO_PREFERRED).toList();
            List<SourcedLabel> dutch = vocabulary.stream().filter(l -> "nl".equals(l.language().getLanguage())).toList();
            if (!english.isEmpty()) {
                String text = english.get(random.nextInt(english.size())).text();
                labels.computeIfAbsent(i, k -> new HashSet<>()).add(text);
                queries.add(new PseudoQuery(withContext(text, taxonomy, skill, false, random), i, false, "label-en"));
            }
            if (!dutch.isEmpty()) {
                String text = dutch.get(random.nextInt(dutch.size())).text();
                labels.computeIfAbsent(i, k -> new HashSet<>()).add(text);
                queries.add(new PseudoQuery(withContext(text, taxonomy, skill, true, random), i, true, "label-nl"));
            }
            String description = skill.labels().in(ConceptLabels.ENGLISH).map(LanguageLabels::description).orElse("");
            if (!description.isBlank()) {
                descriptions.add(i);
                queries.add(new PseudoQuery(firstSentence(description), i, false, "description-en"));
            }
        }
        return new Generated(queries, new HeldOut(labels, descriptions));
    }

    /** Half the time, a few words of an occupation description (same language) before or after the label. */
    private static String withContext(String label, Taxonomy taxonomy, Skill skill, boolean dutch, Random random) {
        if (random.nextBoolean()) {
            return label;
        }
        List<LinkedOccupation> occupations = taxonomy.occupationsNeeding(skill.uri());
        if (occupations.isEmpty()) {
            return label;
        }
        LinkedOccupation o = occupations.get(random.nextInt(occupations.size()));
        String description = taxonomy.occupation(o.occupation())
                .flatMap(x -> x.labels().in(dutch ? ConceptLabels.DUTCH : ConceptLabels.ENGLISH))
                .map(LanguageLabels::description).orElse("");
        String[] words = description.split("\\s+");
        if (words.length < 6) {
            return label;
        }
        int length = 3 + random.nextInt(6);
        int from = random.nextInt(Math.max(1, words.length - length));
        String context = String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + length)));
        return random.nextBoolean() ? context + " " + label : label + " " + context;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end > 0 ? text.substring(0, end + 1) : text;
    }
}
