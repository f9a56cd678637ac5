package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Sentence frames learnt from ESCO's occupation descriptions: where a description sentence names one of the
 * occupation's own skills by one of its labels, that sentence with the label cut out is a frame in which a skill is
 * named ("Verpleegkundigen {} en werken samen met artsen."). A label put into a frame reads like a sentence of a
 * text, not like a label, which is what the re-ranker meets in vacancies. Learnt per language; no evaluation data.
 */
final class SentenceTemplates {

    static final String SLOT = "{}";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
    /** Shorter labels ("lead", "plan") match by accident more often than they name the skill. */
    private static final int MIN_LABEL_WORDS = 2;
    /** Frames longer than this read like a paragraph, not like a vacancy sentence. */
    private static final int MAX_FRAME_WORDS = 30;

    private final List<String> dutch;
    private final List<String> english;
    /** Per occupation URI, its own frames per language: sentences about the work in which a skill of it is named. */
    private final java.util.Map<String, List<String>> dutchByOccupation;
    private final java.util.Map<String, List<String>> englishByOccupation;

    private SentenceTemplates(java.util.Map<String, Set<String>> dutch, java.util.Map<String, Set<String>> english) {
        this.dutch = List.copyOf(flat(dutch));
        this.english = List.copyOf(flat(english));
        this.dutchByOccupation = byOccupation(dutch);
        this.englishByOccupation = byOccupation(english);
    }

    private static Set<String> flat(java.util.Map<String, Set<String>> byOccupation) {
        Set<String> all = new LinkedHashSet<>();
        byOccupation.values().forEach(all::addAll);
        return all;
    }

    private static java.util.Map<String, List<String>> byOccupation(java.util.Map<String, Set<String>> frames) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        frames.forEach((uri, set) -> {
            if (!set.isEmpty()) {
                out.put(uri, List.copyOf(set));
            }
        });
        return out;
    }

    static SentenceTemplates learn(Taxonomy taxonomy) {
        java.util.Map<String, Set<String>> nl = new java.util.LinkedHashMap<>();
        java.util.Map<String, Set<String>> en = new java.util.LinkedHashMap<>();
        for (Occupation occupation : taxonomy.occupations()) {
            List<LinkedSkill> skills = taxonomy.skillsOf(occupation.uri());
            collect(occupation, ConceptLabels.DUTCH, "nl", skills, taxonomy,
                    nl.computeIfAbsent(occupation.uri().value(), k -> new LinkedHashSet<>()));
            collect(occupation, ConceptLabels.ENGLISH, "en", skills, taxonomy,
                    en.computeIfAbsent(occupation.uri().value(), k -> new LinkedHashSet<>()));
        }
        return new SentenceTemplates(nl, en);
    }

    private static void collect(Occupation occupation, Locale language, String code, List<LinkedSkill> skills,
                                Taxonomy taxonomy, Set<String> out) {
        String description = occupation.labels().in(language).map(LanguageLabels::description).orElse("");
        if (description.isBlank()) {
            return;
        }
        for (String sentence : SENTENCE_END.split(description.strip())) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (sentence.split("\\s+").length > MAX_FRAME_WORDS) {
                continue;
            }
            for (LinkedSkill skill : skills) {
                for (SourcedLabel label : taxonomy.vocabulary(skill.skill())) {
                    if (!code.equals(label.language().getLanguage()) || label.text().split("\\s+").length < MIN_LABEL_WORDS) {
                        continue;
                    }
                    int at = wordAt(lower, label.text().toLowerCase(Locale.ROOT));
                    if (at >= 0) {
                        out.add(sentence.substring(0, at) + SLOT + sentence.substring(at + label.text().length()));
                    }
                }
            }
        }
    }

    /** Where the phrase starts in the sentence as whole words, or -1. */
    private static int wordAt(String sentence, String phrase) {
        int from = 0;
        while (true) {
            int at = sentence.indexOf(phrase, from);
            if (at < 0) {
                return -1;
            }
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
            boolean endOk = end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    int size(boolean dutchText) {
        return (dutchText ? dutch : english).size();
    }

    /**
     * The label in a frame learnt from the description of one of {@code occupations} (URIs; the occupations that need
     * the skill, so that the words around the label speak of work where it is used, as in a vacancy), or in a random
     * frame of its language when none of them has one.
     */
    String embed(String label, boolean dutchText, List<String> occupations, Random random) {
        java.util.Map<String, List<String>> own = dutchText ? dutchByOccupation : englishByOccupation;
        List<String> candidates = occupations.stream().filter(own::containsKey).toList();
        if (candidates.isEmpty()) {
            return embed(label, dutchText, random);
        }
        List<String> frames = own.get(candidates.get(random.nextInt(candidates.size())));
        return frames.get(random.nextInt(frames.size())).replace(SLOT, label);
    }

    /** The label in a random frame of its language; the label alone when that language has no frames. */
    String embed(String label, boolean dutchText, Random random) {
        List<String> frames = dutchText ? dutch : english;
        if (frames.isEmpty()) {
            return label;
        }
        return frames.get(random.nextInt(frames.size())).replace(SLOT, label);
    }
}
