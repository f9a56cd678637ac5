package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.DutchVerbLemmas;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedOccupation;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Training queries generated from ESCO alone: for a sample of skills, one English alternative label, one Dutch label
 * and the first sentence of the English and Dutch descriptions are held out of the index and used as queries for their
 * skill. Most label queries are put into a sentence frame learnt from ESCO's occupation descriptions
 * ({@link SentenceTemplates}), some get loose words of an occupation description around them, the rest stay bare:
 * vacancy sentences are longer and noisier than labels, and a re-ranker trained on bare labels over-trusts label cover.
 */
final class PseudoQueries {

    /** What was generated and what the training index must leave out. */
    record Generated(List<PseudoQuery> queries, HeldOut heldOut) {
    }

    private PseudoQueries() {
    }

    /** Share of label queries put into a learnt sentence frame. */
    private static final double FRAMED = 0.6;
    /**
     * Share of framed queries whose label stays in the index. A vacancy sentence often does name a skill by one of its
     * labels among other words; a model that only ever saw its target's label held out learns to distrust a whole
     * label match, which in real text is the strongest evidence there is.
     */
    private static final double INDEXED_SHARE = 0.5;
    static final String INDEXED = "-indexed";
    /** Share of sampled skills whose descriptions are queries (and so left out of the training index). */
    static final double DESCRIPTION_QUERIES = 0.5;
    /**
     * Share of framed queries whose frame comes from an occupation that needs the skill (when one has a frame): the
     * occupation context then means in training what it means in a vacancy.
     */
    private static final double OWN_OCCUPATION_FRAMES = 0.7;

    static Generated generate(Taxonomy taxonomy, long seed, double share) {
        return generate(taxonomy, seed, share, SentenceTemplates.learn(taxonomy));
    }

    static Generated generate(Taxonomy taxonomy, long seed, double share, SentenceTemplates frames) {
        Random random = new Random(seed);
        SecondPersonSentences secondPerson = new SecondPersonSentences(DutchVerbLemmas.shipped());
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
            // generated labels are machine-made: a query must be a phrase a person wrote
            List<SourcedLabel> dutch = vocabulary.stream()
                    .filter(l -> "nl".equals(l.language().getLanguage()) && l.source() != LabelSource.GENERATED).toList();
            if (!english.isEmpty()) {
                String text = english.get(random.nextInt(english.size())).text();
                PseudoQuery query = labelQuery(text, taxonomy, skill, false, frames, random, i, "label-en");
                if (!query.kind().endsWith(INDEXED)) {
                    labels.computeIfAbsent(i, k -> new HashSet<>()).add(text);
                }
                queries.add(query);
            }
            if (!dutch.isEmpty()) {
                String text = dutch.get(random.nextInt(dutch.size())).text();
                PseudoQuery query = labelQuery(text, taxonomy, skill, true, frames, random, i, "label-nl");
                if (!query.kind().endsWith(INDEXED)) {
                    labels.computeIfAbsent(i, k -> new HashSet<>()).add(text);
                }
                queries.add(query);
            }
            if (!dutch.isEmpty()) {
                // a Dutch label as a vacancy would say it ("je stelt het verpleegplan op"); half keep the label in the
                // index (vacancy sentences paraphrase labels that exist), half do not (a sentence that names a skill
                // in words no label has: the skill must be reached by other routes, translations, description,
                // occupations)
                String label = dutch.get(random.nextInt(dutch.size())).text();
                boolean indexed = random.nextDouble() < INDEXED_SHARE;
                java.util.Optional<String> sentence = secondPerson.rewrite(label, random);
                if (sentence.isPresent()) {
                    // half of them with a few words about the work of an occupation that needs the skill around them
                    queries.add(new PseudoQuery(withContext(sentence.get(), taxonomy, skill, true, random), i, true,
                            "label-nl-vacancy" + (indexed ? INDEXED : "")));
                    if (!indexed) {
                        labels.computeIfAbsent(i, k -> new HashSet<>()).add(label);
                    }
                }
            }
            // a description is a query (and out of the index) for half the sampled skills only: the other half keep it,
            // so that the label queries of those skills meet a target whose description is there, as in real text
            if (random.nextDouble() >= DESCRIPTION_QUERIES) {
                continue;
            }
            String description = skill.labels().in(ConceptLabels.ENGLISH).map(LanguageLabels::description).orElse("");
            if (!description.isBlank()) {
                descriptions.add(i);
                queries.add(new PseudoQuery(firstSentence(description), i, false, "description-en"));
            }
            String descriptionNl = skill.labels().in(ConceptLabels.DUTCH).map(LanguageLabels::description).orElse("");
            if (!descriptionNl.isBlank()) {
                descriptions.add(i);
                queries.add(new PseudoQuery(firstSentence(descriptionNl), i, true, "description-nl"));
            }
        }
        return new Generated(queries, new HeldOut(labels, descriptions));
    }

    /** A label query: in a learnt sentence frame, or with loose occupation words around it, or bare. */
    private static PseudoQuery labelQuery(String label, Taxonomy taxonomy, Skill skill, boolean dutch,
                                          SentenceTemplates frames, Random random, int ordinal, String kind) {
        if (frames.size(dutch) > 0 && random.nextDouble() < FRAMED) {
            String indexed = random.nextDouble() < INDEXED_SHARE ? INDEXED : "";
            // most frames speak of an occupation that needs the skill, as a vacancy's sentences do; the rest of another
            String text = random.nextDouble() < OWN_OCCUPATION_FRAMES
                    ? frames.embed(label, dutch, taxonomy.occupationsNeeding(skill.uri()).stream()
                            .map(o -> o.occupation().value()).toList(), random)
                    : frames.embed(label, dutch, random);
            return new PseudoQuery(text, ordinal, dutch, kind + "-framed" + indexed);
        }
        return new PseudoQuery(withContext(label, taxonomy, skill, dutch, random), ordinal, dutch, kind);
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
