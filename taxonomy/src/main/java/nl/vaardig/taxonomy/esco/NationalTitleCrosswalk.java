package nl.vaardig.taxonomy.esco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.vaardig.taxonomy.csv.CsvTableLoader;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/**
 * Read-only access to the rows of the shipped ESCO ↔ Dutch NOC crosswalk as published, one record per (title, ESCO
 * concept) pair. The taxonomy's vocabulary keeps one label per text and concept, so a national title equal to an
 * ESCO label of the same occupation is stored once, as the ESCO label; evaluations that need the crosswalk's own
 * title → occupations map read it here.
 */
public final class NationalTitleCrosswalk {

    private NationalTitleCrosswalk() {
    }

    public static List<EscoRecord.NationalTitleRecord> shipped() {
        var out = new ArrayList<EscoRecord.NationalTitleRecord>();
        EscoSource.EscoFile file = EscoSource.shippedSnapshot().find(CrosswalkRowMappers.NATIONAL_TITLES_FILE)
                .orElseThrow(() -> new IllegalStateException(CrosswalkRowMappers.NATIONAL_TITLES_FILE + " is not shipped"));
        try (InputStream in = file.open()) {
            CsvTableLoader.load(CrosswalkRowMappers.NATIONAL_TITLES_FILE, in,
                    CrosswalkRowMappers.nationalTitles(TaxonomyVersion.ESCO_1_1_1), out::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
