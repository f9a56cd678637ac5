package nl.vaardig.taxonomy.competentnl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.csv.LoadStats;

/**
 * CompetentNL labels as loaded from the configured folder (licence unverified: read at run time, never shipped),
 * with the load stats of each file and the files that were absent.
 */
public record CompetentNlData(String source, List<CompetentNlOccupation> occupations, List<HumanCapability> capabilities,
                              List<LoadStats> files, List<String> missingFiles) {

    public CompetentNlData {
        occupations = List.copyOf(occupations);
        capabilities = List.copyOf(capabilities);
        files = List.copyOf(files);
        missingFiles = List.copyOf(missingFiles);
    }

    public Map<CompetentNlOccupationUri, CompetentNlOccupation> occupationsByUri() {
        return occupations.stream().collect(Collectors.toUnmodifiableMap(CompetentNlOccupation::uri, Function.identity()));
    }

    public Optional<LoadStats> stats(String fileName) {
        return files.stream().filter(f -> f.source().equals(fileName)).findFirst();
    }
}
