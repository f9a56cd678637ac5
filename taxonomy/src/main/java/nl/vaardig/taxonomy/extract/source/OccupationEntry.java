package nl.vaardig.taxonomy.extract.source;

import java.util.List;
import java.util.Objects;

/**
 * An ESCO occupation with its Dutch and English labels (Dutch labels are complete for occupations).
 * Descriptions are only read for word statistics.
 */
public record OccupationEntry(
        String uri,
        String preferredLabelEn,
        List<String> altLabelsEn,
        String preferredLabelNl,
        List<String> altLabelsNl,
        String descriptionEn,
        String descriptionNl) {

    public OccupationEntry {
        SkillEntry.requireUri(uri, "occupation");
        Objects.requireNonNull(preferredLabelEn, "preferredLabelEn");
        altLabelsEn = List.copyOf(altLabelsEn);
        preferredLabelNl = preferredLabelNl == null || preferredLabelNl.isBlank() ? null : preferredLabelNl;
        altLabelsNl = List.copyOf(altLabelsNl);
        descriptionEn = descriptionEn == null ? "" : descriptionEn;
        descriptionNl = descriptionNl == null ? "" : descriptionNl;
    }
}
