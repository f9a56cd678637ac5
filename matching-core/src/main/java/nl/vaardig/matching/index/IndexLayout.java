package nl.vaardig.matching.index;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;

/**
 * The order of documents in the index (Lucene index sort). It decides what a search can skip: documents of one
 * occupation next to each other give postings blocks of similar documents, tight per-block maximum scores and
 * effective block-max pruning; documents of one region next to each other let a region search score only that
 * region's runs ({@link RegionRanges}). One order cannot give both in full; docs/benchmarks.md (issue 14) has the
 * measurements behind the default.
 */
public enum IndexLayout {

    /** Region, then occupation: one run per region and segment; occupations cluster only inside a region. */
    REGION_FIRST,

    /**
     * Occupation, then region: occupations cluster across the whole index; a region has one short run per
     * occupation.
     */
    OCCUPATION_FIRST;

    public Sort sort() {
        SortField region = new SortField(Fields.REGION_SORT, SortField.Type.STRING);
        SortField occupation = KeywordField.newSortField(Fields.OCCUPATION, false, SortedSetSelector.Type.MIN);
        return this == REGION_FIRST ? new Sort(region, occupation) : new Sort(occupation, region);
    }
}
