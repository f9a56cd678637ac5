package nl.vaardig.taxonomy.competentnl;

/** URI of a CompetentNL (UWV) occupation, e.g. {@code https://linkeddata.competentnl.nl/uwv/id/occupation/3B726C6278}. */
public record CompetentNlOccupationUri(String value) {
    public CompetentNlOccupationUri {
        if (value == null || !value.startsWith("https://linkeddata.competentnl.nl/") || value.contains(" ")) {
            throw new IllegalArgumentException("not a CompetentNL URI: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
