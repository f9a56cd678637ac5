package nl.vaardig.taxonomy.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dutch verb forms → infinitive ({@code stelt}, {@code stel}, {@code opgesteld} → opstellen / stellen), and which
 * words are separable particles, so "stel … op" can be read as "opstellen". The table {@code nl-verb-forms.txt} is
 * DERIVED (ESCO Dutch words × Dutch spelling rules × the OpenTaal hunspell dictionary; rebuilt by
 * {@code nl.vaardig.taxonomy.dutch.DutchVerbFormsGeneration}); bad lines are skipped. Thread-safe, immutable.
 */
public final class DutchVerbLemmas {

    /** Separable verb particles of Dutch grammar ("stel … op", "zet … klaar", "stem … af"). */
    static final Set<String> PARTICLES = Set.of("aan", "achter", "af", "bij", "binnen", "dicht", "door", "in",
            "klaar", "los", "mee", "na", "neer", "om", "onder", "op", "open", "over", "samen", "tegen", "terug", "toe",
            "uit", "vast", "voor", "voort", "vrij", "weg");
    /** Each particle + "ge", the start of a separable verb's participle (opgesteld), made once, not per word. */
    private static final List<String> PARTICIPLE_STARTS = PARTICLES.stream().map(p -> p + "ge").toList();

    private final Map<String, List<String>> infinitivesByForm;
    private final Set<String> infinitives;
    private final Map<String, String> secondPerson;

    DutchVerbLemmas(Map<String, List<String>> infinitivesByForm) {
        // hash maps, not Map.copyOf: looked up for every word of every sentence, where their probes are cheaper
        this.infinitivesByForm = java.util.Collections.unmodifiableMap(new HashMap<>(infinitivesByForm));
        var all = new HashSet<String>();
        infinitivesByForm.values().forEach(all::addAll);
        this.infinitives = java.util.Collections.unmodifiableSet(all);
        // stem + t where the stem is a form of the same verb; a stem ending in t is its own second person (zet)
        var present = new HashMap<String, String>();
        infinitivesByForm.forEach((form, infs) -> {
            for (String inf : infs) {
                boolean stemT = form.endsWith("t") && infinitivesOf(form.substring(0, form.length() - 1)).contains(inf);
                if (stemT) {
                    present.put(inf, form);
                }
            }
        });
        infinitivesByForm.forEach((form, infs) -> {
            for (String inf : infs) {
                if (form.endsWith("t") && !form.startsWith("ge") && isStem(form)) {
                    present.putIfAbsent(inf, form);
                }
            }
        });
        this.secondPerson = Map.copyOf(present);
    }

    private static final class Shipped {
        static final DutchVerbLemmas INSTANCE = read(WordLists.lines("nl-verb-forms.txt"));
    }

    public static DutchVerbLemmas shipped() {
        return Shipped.INSTANCE;
    }

    /** Lines {@code form<TAB>infinitive[,infinitive…]}; a line without a tab is not a mapping and is skipped. */
    static DutchVerbLemmas read(List<String> lines) {
        var map = new HashMap<String, List<String>>(lines.size() * 2);
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                continue;
            }
            map.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(",")));
        }
        return new DutchVerbLemmas(map);
    }

    /** The infinitives a folded word is a form of; empty when it is not a known verb form (or is one already). */
    public List<String> infinitivesOf(String form) {
        return infinitivesByForm.getOrDefault(form, List.of());
    }

    /**
     * Whether a known form is a bare verb stem (verpleeg, stel, werk), the shape a verb takes inside a compound; not a
     * conjugated form (stelt, stelde, gesteld).
     */
    public boolean isStem(String form) {
        if (!infinitivesByForm.containsKey(form) || form.startsWith("ge")) {
            return false;
        }
        for (String p : PARTICIPLE_STARTS) {
            if (form.startsWith(p)) {
                return false; // opgesteld: a participle
            }
        }
        if (form.endsWith("t") && infinitivesByForm.containsKey(form.substring(0, form.length() - 1))) {
            return false;
        }
        return !(form.endsWith("de") || form.endsWith("te") || form.endsWith("den") || form.endsWith("ten"));
    }

    /**
     * The bare verb stems, as extra compound parts for the decompounder. Three-letter stems (zet, ren) are kept: leaving
     * them out measured worse on both Dutch dev sets (docs/benchmarks.md, issue 13), though they split a few words falsely.
     */
    public List<String> stems() {
        return infinitivesByForm.keySet().stream().filter(this::isStem).sorted().toList();
    }

    /** The second person singular present of an infinitive (stellen → stelt, zien → ziet), if the table has it. */
    public Optional<String> secondPerson(String infinitive) {
        return Optional.ofNullable(secondPerson.get(infinitive));
    }

    public boolean isInfinitive(String word) {
        return infinitives.contains(word);
    }

    /** The particles in alphabetical order (the generator splits separable infinitives with them). */
    public static List<String> particles() {
        return PARTICLES.stream().sorted().toList();
    }

    public static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    public int size() {
        return infinitivesByForm.size();
    }
}
