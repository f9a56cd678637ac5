package nl.vaardig.taxonomy.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Order- and inflection-insensitive keys for comparing Dutch labels: "Monteur heftrucks" and "heftruckmonteur" both
 * become {hef, monteur, truck}. Words are folded, split into their smallest compound parts, stemmed; stop words are
 * dropped. Used to link CompetentNL to ESCO labels and to spot a job title that is an occupation label.
 */
public final class LabelKeys {

    private static final CharArraySet STOP = DutchAnalyzer.getDefaultStopSet();

    private LabelKeys() {
    }

    public static Set<String> dutchLeafStems(String label) {
        var out = new TreeSet<String>();
        DutchStemmer stemmer = new DutchStemmer();
        for (String word : TextFolding.foldWords(label).split(" ")) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            for (String leaf : DutchDecompounder.shipped().leaves(word)) {
                stemmer.setCurrent(leaf.toLowerCase(Locale.ROOT));
                stemmer.stem();
                out.add(stemmer.getCurrent());
            }
        }
        return out;
    }
}
