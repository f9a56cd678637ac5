package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import nl.vaardig.taxonomy.analysis.DutchVerbLemmas;

/**
 * The regular finite forms of a Dutch infinitive by the spelling rules of Dutch grammar, each kept only when the
 * speller knows it: stem ({@code stellen} → stel; {@code nemen} → neem; {@code schrijven} → schrijf), stem + t, the
 * weak past tense (stelde, werkte) and the past participle with {@code ge-} (gesteld, opgesteld). Strong past tenses
 * (nam, genomen) are not derived: vacancy sentences are in the present tense.
 */
final class DutchVerbForms {

    /** Separable particles (Dutch grammar, shared with the analyzer): "stel … op" is a form of "opstellen". */
    static final List<String> PARTICLES = DutchVerbLemmas.particles();
    /** Unstressed prefixes that take no {@code ge-} in the participle (bewaken → bewaakt). */
    private static final List<String> NO_GE = List.of("be", "ge", "her", "ont", "ver", "er");
    /** Past tense with -te after these final sounds of the stem ("'t kofschip"), otherwise -de. */
    private static final String VOICELESS = "tkfsp";

    private final Predicate<String> known;

    DutchVerbForms(Predicate<String> known) {
        this.known = known;
    }

    /** The particle a separable infinitive starts with, if what follows it is itself a known infinitive. */
    String separableParticle(String infinitive) {
        for (String p : PARTICLES) {
            String rest = infinitive.substring(Math.min(p.length(), infinitive.length()));
            if (infinitive.startsWith(p) && rest.length() >= 4 && rest.endsWith("n") && known.test(rest)) {
                return p;
            }
        }
        return null;
    }

    /** Known forms of the infinitive other than itself; empty when it is not one. */
    List<String> forms(String infinitive) {
        if (!infinitive.endsWith("n") || infinitive.length() < 4 || !known.test(infinitive)) {
            return List.of();
        }
        String particle = separableParticle(infinitive);
        String base = particle == null ? infinitive : infinitive.substring(particle.length());
        Set<String> out = new LinkedHashSet<>();
        for (String stem : stems(base)) {
            boolean voiceless = VOICELESS.indexOf(underlyingLast(base, stem)) >= 0 || stem.endsWith("ch");
            String past = voiceless ? "te" : "de";
            String participleEnd = stem.endsWith("t") || stem.endsWith("d") ? "" : (voiceless ? "t" : "d");
            String prefix = particle == null ? "" : particle;
            add(out, prefix + stem); // "stel je … op", and "… dat je het opstel" in a subordinate clause
            add(out, prefix + (stem.endsWith("t") ? stem : stem + "t"));
            add(out, prefix + stem + past);
            add(out, prefix + stem + past + "n");
            String ge = NO_GE.stream().anyMatch(base::startsWith) ? "" : "ge";
            add(out, prefix + ge + stem + participleEnd);
            add(out, prefix + ge + stem + participleEnd + "e");
        }
        out.remove(infinitive);
        return List.copyOf(out);
    }

    private void add(Set<String> out, String form) {
        if (known.test(form)) {
            out.add(form);
        }
    }

    /** The stem candidates of an infinitive: the speller decides between long and short vowel afterwards. */
    static List<String> stems(String infinitive) {
        String s = infinitive.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(2);
        if (s.endsWith("en") && s.length() > 4) {
            String r = s.substring(0, s.length() - 2);
            if (r.length() >= 2 && r.charAt(r.length() - 1) == r.charAt(r.length() - 2) && !isVowel(r.charAt(r.length() - 1))) {
                out.add(r.substring(0, r.length() - 1)); // stellen → stel
                return out;
            }
            r = finalDevoicing(r);
            out.add(r); // werken → werk, regelen → regel
            String doubled = doubledVowel(r);
            if (doubled != null) {
                out.add(doubled); // nemen → neem, noteren → noteer
            }
        } else if (s.endsWith("aan") || s.endsWith("oen") || s.endsWith("ien") || s.endsWith("ijn")) {
            String r = s.substring(0, s.length() - 1);
            out.add(r.endsWith("aa") ? r.substring(0, r.length() - 1) : r); // gaan → ga, doen → doe, zien → zie
        }
        return out;
    }

    /** The last consonant of the stem as spoken before devoicing (schrijven → v, not f) decides -de or -te. */
    private static char underlyingLast(String infinitive, String stem) {
        String r = infinitive.endsWith("en") ? infinitive.substring(0, infinitive.length() - 2) : stem;
        return r.isEmpty() ? ' ' : r.charAt(r.length() - 1);
    }

    private static String finalDevoicing(String r) {
        if (r.endsWith("v")) {
            return r.substring(0, r.length() - 1) + "f";
        }
        if (r.endsWith("z")) {
            return r.substring(0, r.length() - 1) + "s";
        }
        return r;
    }

    /** C V C at the end with a single vowel: the open syllable of the infinitive was long (nem-en → neem). */
    private static String doubledVowel(String r) {
        int n = r.length();
        if (n < 3 || isVowel(r.charAt(n - 1)) || !isVowel(r.charAt(n - 2)) || isVowel(r.charAt(n - 3))) {
            return null;
        }
        char v = r.charAt(n - 2);
        if ("aeou".indexOf(v) < 0) {
            return null;
        }
        return r.substring(0, n - 1) + v + r.charAt(n - 1);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
