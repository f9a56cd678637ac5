package nl.vaardig.taxonomy.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.vaardig.taxonomy.model.SkillUri;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated synonym lexicon: Dutch (and some English) vacancy phrases → ESCO skill URIs. Loaded from a
 * versioned CSV resource ({@code language,phrase,skill_uri,esco_label,weight}); lines starting with '#'
 * are comments. A bad row is reported with its line number and skipped, never fatal.
 */
public record SynonymLexicon(String version, List<SynonymEntry> entries, List<String> problems) {

    public static final String RESOURCE = "/nl/vaardig/taxonomy/extract/lexicon/skill-synonyms-v1.csv";
    public static final String VERSION = "v1";
    private static final List<String> HEADER = List.of("language", "phrase", "skill_uri", "esco_label", "weight");

    public SynonymLexicon {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** The lexicon shipped with this module. */
    public static SynonymLexicon bundled() {
        try (InputStream in = SynonymLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("synonym lexicon resource missing: " + RESOURCE);
            }
            return read(VERSION, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The Dutch phrases that fully name a skill (weight 1; phrases that only suggest a skill are left out), per
     * skill: extra search labels for the typeahead.
     */
    public Map<SkillUri, List<String>> dutchPhrasesBySkill() {
        Map<SkillUri, List<String>> out = new LinkedHashMap<>();
        for (SynonymEntry e : entries) {
            if (e.language().equals("nl") && e.weight() >= 1f) {
                out.computeIfAbsent(new SkillUri(e.skillUri()), k -> new ArrayList<>()).add(e.phrase());
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    public static SynonymLexicon empty() {
        return new SynonymLexicon("empty", List.of(), List.of());
    }

    public static SynonymLexicon read(String version, Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<SynonymEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.keySet().containsAll(HEADER)) {
                throw new IllegalArgumentException("lexicon header must contain " + HEADER + ", was " + header.keySet());
            }
            for (CSVRecord row : parser) {
                try {
                    String weight = row.get("weight");
                    entries.add(new SynonymEntry(row.get("language"), row.get("phrase"), row.get("skill_uri"),
                            row.get("esco_label"), weight == null || weight.isBlank() ? 1f : Float.parseFloat(weight)));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problems.add("line " + parser.getCurrentLineNumber() + ": " + e.getMessage());
                }
            }
        }
        return new SynonymLexicon(version, entries, problems);
    }
}
