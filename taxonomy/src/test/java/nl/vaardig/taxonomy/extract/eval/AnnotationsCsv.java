package nl.vaardig.taxonomy.extract.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an annotations file in the skill-extraction benchmark format ({@code sentence,span,sub_span,label},
 * one row per annotated span, label = ESCO preferred label). An optional {@code skill_uri} column (our
 * Dutch set has it) must agree with the label. {@code LABEL NOT PRESENT} and {@code UNDERSPECIFIED} rows
 * are dropped, and texts without any real label are left out, as in the benchmark's RP@K definition.
 */
public final class AnnotationsCsv {

    public static final Set<String> NOT_A_LABEL = Set.of("LABEL NOT PRESENT", "UNDERSPECIFIED");

    /** Labels that did not resolve, with their line numbers; empty for a clean file. */
    public record Loaded(List<AnnotatedText> texts, List<String> problems) {
    }

    private AnnotationsCsv() {
    }

    public static Loaded read(Path file, Map<String, String> uriByPreferredLabel) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, uriByPreferredLabel);
        }
    }

    public static Loaded read(Reader reader, Map<String, String> uriByPreferredLabel) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("sentence") || !parser.getHeaderMap().containsKey("label")) {
                throw new IllegalArgumentException("annotations need columns sentence and label, found "
                        + parser.getHeaderMap().keySet());
            }
            boolean hasUri = parser.getHeaderMap().containsKey("skill_uri");
            for (CSVRecord row : parser) {
                String sentence = row.get("sentence");
                Set<String> uris = gold.computeIfAbsent(sentence, k -> new LinkedHashSet<>());
                String label = row.get("label").strip();
                if (NOT_A_LABEL.contains(label)) {
                    continue;
                }
                String uri = uriByPreferredLabel.get(label);
                if (uri == null) {
                    problems.add("line " + parser.getCurrentLineNumber() + ": unknown ESCO preferred label '" + label + "'");
                    continue;
                }
                if (hasUri && !row.get("skill_uri").isBlank() && !row.get("skill_uri").strip().equals(uri)) {
                    problems.add("line " + parser.getCurrentLineNumber() + ": label '" + label + "' is " + uri
                            + " but skill_uri says " + row.get("skill_uri"));
                    continue;
                }
                uris.add(uri);
            }
        }
        List<AnnotatedText> texts = new ArrayList<>();
        gold.forEach((sentence, uris) -> {
            if (!uris.isEmpty()) {
                texts.add(new AnnotatedText(sentence, uris));
            }
        });
        return new Loaded(texts, problems);
    }
}
