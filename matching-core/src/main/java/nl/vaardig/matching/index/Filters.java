package nl.vaardig.matching.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.vaardig.matching.engine.Distance;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.model.HoursPerWeek;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * {@link MatchQuery} → Lucene filter clauses. Every filter is a points/terms query paired with a doc-values check
 * ({@code IndexOrDocValuesQuery} or Lucene's field types that do the same), so Lucene can either walk the filter
 * or check it per candidate, whichever is cheaper for the request.
 */
public final class Filters {

    private Filters() {
    }

    /**
     * Filters of a vacancy search. Neither "open on day" nor the regions are among them: {@link OpenVacanciesReader}
     * applies the day as live docs, and the engine scores only the regions' runs of doc ids ({@link RegionRanges}).
     */
    public static List<Query> forVacancies(MatchQuery q) {
        var out = new ArrayList<Query>();
        distance(q.within(), out);
        hours(q.hours(), out);
        if (!q.contracts().isEmpty()) {
            out.add(KeywordField.newSetQuery(Fields.CONTRACT, refs(q.contracts().stream().map(Enum::name).toList())));
        }
        if (!q.sectors().isEmpty()) {
            out.add(KeywordField.newSetQuery(Fields.SECTOR, refs(q.sectors().stream().map(s -> s.value()).toList())));
        }
        return out;
    }

    public static List<Query> forProfiles(MatchQuery q) {
        var out = new ArrayList<Query>();
        regions(q, out);
        distance(q.within(), out);
        hours(q.hours(), out);
        return out;
    }

    private static void regions(MatchQuery q, List<Query> out) {
        if (!q.regions().isEmpty()) {
            out.add(KeywordField.newSetQuery(Fields.REGION, refs(q.regions().stream().map(r -> r.value()).toList())));
        }
    }

    private static void distance(Distance d, List<Query> out) {
        if (d != null) {
            double meters = d.km() * 1000.0;
            out.add(new IndexOrDocValuesQuery(
                    LatLonPoint.newDistanceQuery(Fields.LOCATION, d.from().latitude(), d.from().longitude(), meters),
                    LatLonDocValuesField.newSlowDistanceQuery(Fields.LOCATION, d.from().latitude(), d.from().longitude(), meters)));
        }
    }

    /** Overlap of the offered (or available) hours with the requested range. */
    private static void hours(HoursPerWeek h, List<Query> out) {
        if (h != null) {
            out.add(IntField.newRangeQuery(Fields.HOURS_MIN, Integer.MIN_VALUE, h.max()));
            out.add(IntField.newRangeQuery(Fields.HOURS_MAX, h.min(), Integer.MAX_VALUE));
        }
    }

    private static List<BytesRef> refs(Collection<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }
}
