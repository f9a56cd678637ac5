package nl.vaardig.taxonomy.competentnl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A CompetentNL occupation with its Dutch labels (one URI has two preferred labels, one has only alternatives). */
public record CompetentNlOccupation(CompetentNlOccupationUri uri, List<String> preferredLabels, List<String> altLabels) {
    public CompetentNlOccupation {
        Objects.requireNonNull(uri, "uri");
        preferredLabels = List.copyOf(preferredLabels);
        altLabels = List.copyOf(altLabels);
        if (preferredLabels.isEmpty() && altLabels.isEmpty()) {
            throw new IllegalArgumentException("occupation " + uri + " has no label");
        }
    }

    /** Preferred labels first, then alternatives. */
    public List<String> allLabels() {
        var all = new ArrayList<String>(preferredLabels);
        altLabels.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return List.copyOf(all);
    }

    public String displayLabel() {
        return preferredLabels.isEmpty() ? altLabels.getFirst() : preferredLabels.getFirst();
    }
}
