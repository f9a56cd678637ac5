package nl.vaardig.taxonomy.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Abbreviations of the Dutch (or English) labour market and their expansions, from a curated list
 * ({@code nl-abbreviations.txt}, {@code en-abbreviations.txt}). The analyzers keep the abbreviation and add the
 * expansion, so "BHV" matches both "BHV" and "bedrijfshulpverlening".
 */
public final class Abbreviations {

    private final Map<String, List<String>> expansions;

    private Abbreviations(Map<String, List<String>> expansions) {
        this.expansions = Collections.unmodifiableMap(expansions);
    }

    public static Abbreviations dutch() {
        return Holder.DUTCH;
    }

    public static Abbreviations english() {
        return Holder.ENGLISH;
    }

    private static final class Holder {
        static final Abbreviations DUTCH = parse("nl-abbreviations.txt");
        static final Abbreviations ENGLISH = parse("en-abbreviations.txt");
    }

    static Abbreviations parse(String resource) {
        var map = new LinkedHashMap<String, List<String>>();
        for (String line : WordLists.lines(resource)) {
            int arrow = line.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalStateException(resource + ": expected 'abbreviation => expansion', got '" + line + "'");
            }
            String abbreviation = TextFolding.fold(line.substring(0, arrow).strip());
            var list = new ArrayList<String>();
            for (String e : line.substring(arrow + 2).split("\\|")) {
                String expansion = TextFolding.foldWords(e);
                if (!expansion.isEmpty()) {
                    list.add(expansion);
                }
            }
            map.put(abbreviation, List.copyOf(list));
        }
        return new Abbreviations(map);
    }

    /** Expansions of a folded abbreviation, empty if it is not one. */
    public List<String> expand(String abbreviation) {
        return expansions.getOrDefault(TextFolding.fold(abbreviation), List.of());
    }

    public Map<String, List<String>> all() {
        return expansions;
    }

    SynonymMap synonymMap() {
        try {
            var builder = new SynonymMap.Builder(true);
            expansions.forEach((abbr, list) -> {
                // the tokenizer splits "vol-vca" in two; such entries only matter to exact label lookups
                if (abbr.contains("-")) {
                    return;
                }
                for (String expansion : list) {
                    builder.add(new CharsRef(abbr), SynonymMap.Builder.join(expansion.split(" "), new CharsRefBuilder()), true);
                }
            });
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
