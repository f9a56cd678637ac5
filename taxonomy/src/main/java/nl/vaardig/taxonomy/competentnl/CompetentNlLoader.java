package nl.vaardig.taxonomy.competentnl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.vaardig.taxonomy.csv.BadRowException;
import nl.vaardig.taxonomy.csv.CsvRow;
import nl.vaardig.taxonomy.csv.CsvTableLoader;
import nl.vaardig.taxonomy.csv.LoadStats;
import nl.vaardig.taxonomy.csv.RowMapper;

/**
 * Loads the CompetentNL label extract (see shared/data/README §2) from a configured folder. CompetentNL's licence
 * is unverified, so these files are never shipped: without the folder, {@link #load} returns empty and every
 * feature that uses CompetentNL works without it.
 *
 * <p>The folder is {@code -Dvaardig.competentnl.dir}, else {@code $VAARDIG_COMPETENTNL_DIR}, else the first of
 * {@code ../shared/data/competentnl} and {@code ../../shared/data/competentnl} (from the repository root or a
 * module folder) that exists.
 */
public final class CompetentNlLoader {

    public static final String OCCUPATION_LABELS = "occupation_labels.csv";
    public static final String CAPABILITY_ALT_LABELS = "humancapability_altlabels.csv";
    public static final String CAPABILITY_COUNTS = "humancapability_occupation_counts.csv";

    private CompetentNlLoader() {
    }

    /** The configured folder, if one exists. */
    public static Optional<Path> configuredLocation() {
        String configured = System.getProperty("vaardig.competentnl.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("VAARDIG_COMPETENTNL_DIR");
        }
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (String candidate : List.of("../shared/data/competentnl", "../../shared/data/competentnl")) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Loads from the configured folder; empty when there is none. */
    public static Optional<CompetentNlData> loadConfigured() {
        return configuredLocation().flatMap(CompetentNlLoader::load);
    }

    /** Loads from {@code dir}; empty when the folder or its occupation labels file is absent. */
    public static Optional<CompetentNlData> load(Path dir) {
        if (dir == null || !Files.isRegularFile(dir.resolve(OCCUPATION_LABELS))) {
            return Optional.empty();
        }
        var files = new ArrayList<LoadStats>();
        var missing = new ArrayList<String>();

        var occupations = new LinkedHashMap<CompetentNlOccupationUri, Labels>();
        files.add(read(dir, OCCUPATION_LABELS, new OccupationLabelMapper(), batch -> batch.forEach(r -> {
            Labels l = occupations.computeIfAbsent(r.uri(), k -> new Labels());
            (r.preferred() ? l.preferred : l.alternatives).add(r.label());
        })));

        var capabilityNames = new LinkedHashMap<HumanCapabilityUri, String>();
        var capabilityAlts = new LinkedHashMap<HumanCapabilityUri, List<String>>();
        var usages = new LinkedHashMap<HumanCapabilityUri, HumanCapability.Usage>();
        if (Files.isRegularFile(dir.resolve(CAPABILITY_ALT_LABELS))) {
            files.add(read(dir, CAPABILITY_ALT_LABELS, new CapabilityAltMapper(), batch -> batch.forEach(r -> {
                capabilityNames.putIfAbsent(r.uri(), r.prefLabel());
                capabilityAlts.computeIfAbsent(r.uri(), k -> new ArrayList<>()).add(r.altLabel());
            })));
        } else {
            missing.add(CAPABILITY_ALT_LABELS);
        }
        if (Files.isRegularFile(dir.resolve(CAPABILITY_COUNTS))) {
            files.add(read(dir, CAPABILITY_COUNTS, new CapabilityCountMapper(), batch -> batch.forEach(r -> {
                capabilityNames.putIfAbsent(r.uri(), r.prefLabel());
                usages.put(r.uri(), r.usage());
            })));
        } else {
            missing.add(CAPABILITY_COUNTS);
        }

        var occList = new ArrayList<CompetentNlOccupation>();
        occupations.forEach((uri, l) -> occList.add(new CompetentNlOccupation(uri, distinct(l.preferred), distinct(l.alternatives))));
        var capList = new ArrayList<HumanCapability>();
        capabilityNames.forEach((uri, name) -> capList.add(new HumanCapability(uri, name,
                distinct(capabilityAlts.getOrDefault(uri, List.of())), Optional.ofNullable(usages.get(uri)))));
        return Optional.of(new CompetentNlData(dir.toString(), occList, capList, files, missing));
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static final class Labels {
        final List<String> preferred = new ArrayList<>(1);
        final List<String> alternatives = new ArrayList<>(2);
    }

    private static <R> LoadStats read(Path dir, String file, RowMapper<R> mapper, nl.vaardig.taxonomy.csv.BatchSink<R> sink) {
        try {
            return CsvTableLoader.load(file, Files.newInputStream(dir.resolve(file)), mapper, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record OccupationLabelRow(CompetentNlOccupationUri uri, String label, boolean preferred) {
    }

    record CapabilityAltRow(HumanCapabilityUri uri, String prefLabel, String altLabel) {
    }

    record CapabilityCountRow(HumanCapabilityUri uri, String prefLabel, HumanCapability.Usage usage) {
    }

    private static final class OccupationLabelMapper implements RowMapper<OccupationLabelRow> {
        @Override
        public List<String> requiredColumns() {
            return List.of("occupationUri", "label", "labelType");
        }

        @Override
        public OccupationLabelRow map(CsvRow row, Consumer<String> warn) {
            String type = row.require("labelType");
            boolean preferred = switch (type) {
                case "prefLabel" -> true;
                case "altLabel" -> false;
                default -> throw new BadRowException("unknown labelType '" + type + "'");
            };
            return new OccupationLabelRow(new CompetentNlOccupationUri(row.require("occupationUri")), row.require("label"), preferred);
        }
    }

    private static final class CapabilityAltMapper implements RowMapper<CapabilityAltRow> {
        @Override
        public List<String> requiredColumns() {
            return List.of("humanCapabilityUri", "prefLabel", "altLabel");
        }

        @Override
        public CapabilityAltRow map(CsvRow row, Consumer<String> warn) {
            return new CapabilityAltRow(new HumanCapabilityUri(row.require("humanCapabilityUri")), row.require("prefLabel"),
                    row.require("altLabel"));
        }
    }

    private static final class CapabilityCountMapper implements RowMapper<CapabilityCountRow> {
        @Override
        public List<String> requiredColumns() {
            return List.of("humanCapabilityUri", "prefLabel", "occupationCount", "coveragePercent", "idf");
        }

        @Override
        public CapabilityCountRow map(CsvRow row, Consumer<String> warn) {
            try {
                return new CapabilityCountRow(new HumanCapabilityUri(row.require("humanCapabilityUri")), row.require("prefLabel"),
                        new HumanCapability.Usage(Integer.parseInt(row.require("occupationCount")),
                                Double.parseDouble(row.require("coveragePercent")), Double.parseDouble(row.require("idf"))));
            } catch (NumberFormatException e) {
                throw new BadRowException("not a number: " + e.getMessage());
            }
        }
    }

}
