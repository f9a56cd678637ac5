package nl.vaardig.taxonomy.title;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.model.OccupationUri;

/**
 * What the title index holds beyond ESCO's own labels and the Dutch NOC titles: CompetentNL labels per ESCO
 * occupation (linked through the crosswalk), and national titles held out of the index for an evaluation (folded
 * text; a held-out title is left out as a Dutch NOC title and as a CompetentNL label, ESCO's own labels stay).
 */
public record TitleIndexOptions(Map<OccupationUri, List<String>> competentNlLabels, Set<String> heldOutTitles) {

    public TitleIndexOptions {
        Objects.requireNonNull(competentNlLabels, "competentNlLabels");
        competentNlLabels = Map.copyOf(competentNlLabels);
        heldOutTitles = heldOutTitles.stream().map(TextFolding::foldWords).collect(Collectors.toUnmodifiableSet());
    }

    public static TitleIndexOptions defaults() {
        return new TitleIndexOptions(Map.of(), Set.of());
    }

    public static TitleIndexOptions withCompetentNl(Map<OccupationUri, List<String>> competentNlLabels) {
        return new TitleIndexOptions(competentNlLabels, Set.of());
    }

    boolean heldOut(String title) {
        return !heldOutTitles.isEmpty() && heldOutTitles.contains(TextFolding.foldWords(title));
    }
}
