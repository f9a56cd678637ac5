package nl.vaardig.taxonomy.esco;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vaardig.taxonomy.csv.LoadStats;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/**
 * What an ESCO import did: stats per file loaded, files refused (unusable header, with the reason), required files
 * not found, optional files not found (e.g. {@code skills_nl.csv}: Dutch skill labels then come from the derived
 * file), and notes (e.g. that derived labels were used).
 */
public record EscoImportReport(TaxonomyVersion version, String source, List<LoadStats> files, List<String> refusedFiles,
                               List<String> missingRequired, List<String> missingOptional, List<String> notes,
                               Duration elapsed) implements java.io.Serializable {

    public EscoImportReport {
        Objects.requireNonNull(version, "version");
        files = List.copyOf(files);
        refusedFiles = List.copyOf(refusedFiles);
        missingRequired = List.copyOf(missingRequired);
        missingOptional = List.copyOf(missingOptional);
        notes = List.copyOf(notes);
    }

    /** True when every required file was found and readable (bad rows may still have been reported). */
    public boolean complete() {
        return refusedFiles.isEmpty() && missingRequired.isEmpty();
    }

    public Optional<LoadStats> stats(String fileName) {
        return files.stream().filter(f -> f.source().equals(fileName)).findFirst();
    }

    public long accepted(String fileName) {
        return stats(fileName).map(LoadStats::accepted).orElse(0L);
    }

    public long totalBadRows() {
        return files.stream().mapToLong(f -> f.badRows().size()).sum();
    }

    public long totalWarnings() {
        return files.stream().mapToLong(f -> f.warnings().size()).sum();
    }

    public String summary() {
        var sb = new StringBuilder();
        sb.append("ESCO import ").append(version).append(" from ").append(source)
                .append(" in ").append(elapsed.toMillis()).append(" ms\n");
        files.forEach(f -> sb.append("  ").append(f).append('\n'));
        refusedFiles.forEach(f -> sb.append("  REFUSED ").append(f).append('\n'));
        missingRequired.forEach(f -> sb.append("  MISSING (required) ").append(f).append('\n'));
        missingOptional.forEach(f -> sb.append("  not present (optional) ").append(f).append('\n'));
        notes.forEach(n -> sb.append("  note: ").append(n).append('\n'));
        return sb.toString();
    }
}
