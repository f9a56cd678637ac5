package nl.vaardig.taxonomy.extract.source;

import java.util.List;
import java.util.Objects;

/**
 * What the extractor needs to know about one ESCO skill: its labels per language and its kind.
 * Dutch labels are optional because the shipped ESCO snapshot has Dutch labels for only part of the skills.
 * Descriptions are only read for word statistics (how common a word is in ordinary prose).
 */
public record SkillEntry(
        String uri,
        String skillType,
        String reuseLevel,
        String preferredLabelEn,
        List<String> altLabelsEn,
        List<String> hiddenLabelsEn,
        String preferredLabelNl,
        List<String> altLabelsNl,
        String descriptionEn,
        String descriptionNl) {

    public SkillEntry {
        requireUri(uri, "skill");
        Objects.requireNonNull(preferredLabelEn, "preferredLabelEn");
        if (preferredLabelEn.isBlank()) {
            throw new IllegalArgumentException("skill " + uri + " has no English preferred label");
        }
        skillType = skillType == null ? "" : skillType;
        reuseLevel = reuseLevel == null ? "" : reuseLevel;
        altLabelsEn = List.copyOf(altLabelsEn);
        hiddenLabelsEn = List.copyOf(hiddenLabelsEn);
        preferredLabelNl = preferredLabelNl == null || preferredLabelNl.isBlank() ? null : preferredLabelNl;
        altLabelsNl = List.copyOf(altLabelsNl);
        descriptionEn = descriptionEn == null ? "" : descriptionEn;
        descriptionNl = descriptionNl == null ? "" : descriptionNl;
    }

    public boolean hasDutchLabel() {
        return preferredLabelNl != null;
    }

    static void requireUri(String uri, String kind) {
        Objects.requireNonNull(uri, kind + " uri");
        if (!uri.startsWith("http://data.europa.eu/esco/")) {
            throw new IllegalArgumentException("not an ESCO " + kind + " uri: " + uri);
        }
    }
}
