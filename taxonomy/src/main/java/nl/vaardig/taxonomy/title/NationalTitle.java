package nl.vaardig.taxonomy.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * A Dutch national occupation title (Dutch NOC) as the ESCO crosswalk maps it to one ESCO occupation: the title,
 * its NOC id and the weight of the mapping relation (exact 1.0, close 0.85, narrow 0.7, broad 0.5). The 154
 * titles the crosswalk maps to an ISCO group, not an occupation, are not title labels.
 */
public record NationalTitle(OccupationUri occupation, String title, String nocId, LabelSource relation) {

    public NationalTitle {
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(nocId, "nocId");
        if (!isNational(relation)) {
            throw new IllegalArgumentException("not a Dutch NOC relation: " + relation);
        }
    }

    public double weight() {
        return relation.weight();
    }

    static boolean isNational(LabelSource source) {
        return source == LabelSource.DUTCH_NOC_EXACT || source == LabelSource.DUTCH_NOC_CLOSE
                || source == LabelSource.DUTCH_NOC_NARROW || source == LabelSource.DUTCH_NOC_BROAD;
    }

    /** Every Dutch NOC title in the taxonomy's vocabulary, occupation by occupation. */
    public static List<NationalTitle> all(Taxonomy taxonomy) {
        var out = new ArrayList<NationalTitle>();
        for (Occupation o : taxonomy.occupations()) {
            for (SourcedLabel l : taxonomy.vocabulary(o.uri())) {
                if (isNational(l.source())) {
                    out.add(new NationalTitle(o.uri(), l.text(), l.reference(), l.source()));
                }
            }
        }
        return List.copyOf(out);
    }
}
