package nl.vaardig.taxonomy.extract.retrieval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import nl.vaardig.taxonomy.analysis.DutchVerbLemmas;

/**
 * A Dutch skill label in the shape of a vacancy sentence: ESCO's Dutch labels are "object + infinitive"
 * ("verpleegplan opstellen"), vacancies say "je stelt het verpleegplan op". The verb is conjugated with the derived
 * verb-form table (second person singular = stem + t), a separable particle goes to the end, and a subject frame is
 * drawn from a few general Dutch patterns (grammar, not vacancy phrases). Labels that do not end in a known
 * infinitive are not rewritten.
 */
final class SecondPersonSentences {

    private final DutchVerbLemmas verbs;

    SecondPersonSentences(DutchVerbLemmas verbs) {
        this.verbs = verbs;
    }

    /** The label as a second-person main clause, or empty when its last word is not a known infinitive. */
    Optional<String> rewrite(String label, Random random) {
        String[] words = label.strip().split("\\s+");
        if (words.length < 2) {
            return Optional.empty();
        }
        String infinitive = words[words.length - 1].toLowerCase(Locale.ROOT);
        String object = String.join(" ", Arrays.copyOf(words, words.length - 1));
        String particle = "";
        String base = infinitive;
        for (String p : DutchVerbLemmas.particles()) {
            if (infinitive.startsWith(p) && verbs.isInfinitive(infinitive.substring(p.length()))) {
                particle = p;
                base = infinitive.substring(p.length());
                break;
            }
        }
        Optional<String> finite = verbs.secondPerson(base);
        if (finite.isEmpty()) {
            return Optional.empty();
        }
        String tail = particle.isEmpty() ? "" : " " + particle;
        // with the subject after the verb the t goes: "je stelt", but "stel je"
        String stem = finite.get().substring(0, finite.get().length() - 1);
        String inverted = verbs.infinitivesOf(stem).contains(base) ? stem : finite.get();
        return Optional.of(switch (random.nextInt(3)) {
            case 0 -> "Je " + finite.get() + " " + object + tail + ".";
            case 1 -> "Jij " + finite.get() + " " + object + tail + ".";
            default -> "In deze functie " + inverted + " je " + object + tail + ".";
        });
    }
}
