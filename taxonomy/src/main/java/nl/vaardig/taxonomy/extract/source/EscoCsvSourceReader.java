package nl.vaardig.taxonomy.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the ESCO v1.1.1 CSV layout ({@code en/}, {@code nl/}, {@code relations/}, each file optionally
 * gzipped) into an {@link ExtractionSource}. Rows without a usable uri or label are counted, not fatal.
 */
public final class EscoCsvSourceReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final Path root;
    private int skippedRows;

    public EscoCsvSourceReader(Path root) {
        this.root = root;
    }

    /** Reads the snapshot; {@link #skippedRows()} afterwards says how many rows were unusable. */
    public ExtractionSource read() {
        Map<String, String[]> dutchSkill = new HashMap<>();
        each("nl/derived_skill_labels_nl.csv", List.of("conceptUri", "preferredLabel_nl", "altLabels_nl"), r ->
                dutchSkill.put(r.get("conceptUri"),
                        new String[] {r.get("preferredLabel_nl"), r.get("altLabels_nl"), r.get("description_nl")}));

        List<SkillEntry> skills = new ArrayList<>(14_000);
        each("en/skills_en.csv", List.of("conceptUri", "preferredLabel", "altLabels", "hiddenLabels"), r -> {
            String uri = r.get("conceptUri");
            String[] nl = dutchSkill.get(uri);
            skills.add(new SkillEntry(uri, r.get("skillType"), r.get("reuseLevel"), r.get("preferredLabel"),
                    lines(r.get("altLabels")), lines(r.get("hiddenLabels")),
                    nl == null ? null : nl[0], nl == null ? List.of() : lines(nl[1]),
                    r.get("description"), nl == null ? "" : nl[2]));
        });

        Map<String, String[]> dutchOccupation = new HashMap<>();
        each("nl/occupations_nl.csv", List.of("conceptUri", "preferredLabel", "altLabels"), r ->
                dutchOccupation.put(r.get("conceptUri"),
                        new String[] {r.get("preferredLabel"), r.get("altLabels"), r.get("description")}));
        List<OccupationEntry> occupations = new ArrayList<>(3_100);
        each("en/occupations_en.csv", List.of("conceptUri", "preferredLabel", "altLabels"), r -> {
            String uri = r.get("conceptUri");
            String[] nl = dutchOccupation.get(uri);
            occupations.add(new OccupationEntry(uri, r.get("preferredLabel"), lines(r.get("altLabels")),
                    nl == null ? null : nl[0], nl == null ? List.of() : lines(nl[1]),
                    r.get("description"), nl == null ? "" : nl[2]));
        });

        List<OccupationSkillLink> links = new ArrayList<>(124_000);
        each("relations/occupationSkillRelations.csv", List.of("occupationUri", "relationType", "skillUri"), r ->
                links.add(new OccupationSkillLink(r.get("occupationUri"), r.get("skillUri"),
                        "essential".equals(r.get("relationType").toLowerCase(Locale.ROOT)))));

        List<BroaderSkillLink> broader = new ArrayList<>(7_000);
        each("relations/broaderRelationsSkillPillar.csv", List.of("conceptType", "conceptUri", "broaderType", "broaderUri"), r -> {
            if ("KnowledgeSkillCompetence".equals(r.get("conceptType"))
                    && "KnowledgeSkillCompetence".equals(r.get("broaderType"))) {
                broader.add(new BroaderSkillLink(r.get("conceptUri"), r.get("broaderUri")));
            }
        });
        return new ExtractionSource(skills, occupations, links, broader);
    }

    public int skippedRows() {
        return skippedRows;
    }

    private void each(String relative, List<String> requiredColumns, Consumer<CSVRecord> sink) {
        try (Reader reader = open(relative); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> missing = requiredColumns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(relative + " lacks columns " + missing);
            }
            for (CSVRecord row : parser) {
                try {
                    sink.accept(row);
                } catch (IllegalArgumentException badRow) {
                    skippedRows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ESCO file " + relative + " under " + root, e);
        }
    }

    private Reader open(String relative) throws IOException {
        Path plain = root.resolve(relative);
        Path gz = root.resolve(relative + ".gz");
        InputStream in = Files.exists(plain) ? Files.newInputStream(plain) : new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** ESCO multi-valued fields hold one value per line inside a quoted field. */
    static List<String> lines(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
