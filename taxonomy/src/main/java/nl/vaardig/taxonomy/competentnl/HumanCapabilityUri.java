package nl.vaardig.taxonomy.competentnl;

/** URI of a CompetentNL human capability (vaardigheid). */
public record HumanCapabilityUri(String value) {
    public HumanCapabilityUri {
        if (value == null || !value.startsWith("https://linkeddata.competentnl.nl/") || value.contains(" ")) {
            throw new IllegalArgumentException("not a CompetentNL URI: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
