package nl.vaardig.ingest.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.payload.VacancyState.SkillRequirement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a vacancy feed file record by record (streaming: a file of any size needs little memory): header check
 * → record → {@link FeedVacancy} → the sink; a record that does not validate reaches the sink as
 * {@link FeedRow.Invalid} with its line number and reason. Nothing is dropped silently.
 *
 * <p>Fields (JSON keys and CSV columns alike): {@code externalId, employer, title, description, region,
 * gemeente, latitude, longitude, hoursMin, hoursMax, contractType, occupation, isco, validFrom, validUntil};
 * skills as JSON {@code skills: [{"uri": …, "essential": true}]}, or the CSV columns {@code essentialSkills} and
 * {@code optionalSkills} with URIs separated by spaces.
 */
public final class FeedReader {

    public static final List<String> REQUIRED_COLUMNS = List.of("externalId", "employer", "title", "hoursMin",
            "hoursMax", "contractType", "validFrom", "validUntil");
    /** A single record longer than this is refused (it cannot be a sensible vacancy). */
    public static final int MAX_RECORD_CHARS = 256 * 1024;

    private final String feed;
    private final RegionResolver regions;
    private final JsonMapper json = EnvelopeCodec.mapper();

    public FeedReader(String feed, RegionResolver regions) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    public FeedStats read(InputStream in, FeedFormat format, Consumer<FeedRow> sink) {
        Counting counting = new Counting(sink);
        try (Reader reader = utf8(in)) {
            switch (format) {
                case JSON_LINES -> readJsonLines(new BufferedReader(reader, 1 << 16), counting);
                case CSV -> readCsv(reader, counting);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FeedStats(counting.valid + counting.invalid, counting.valid, counting.invalid);
    }

    private void readJsonLines(BufferedReader reader, Counting sink) throws IOException {
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > MAX_RECORD_CHARS) {
                sink.accept(new FeedRow.Invalid(number, "record longer than " + MAX_RECORD_CHARS + " characters",
                        line.substring(0, 2000)));
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JacksonException e) {
                sink.accept(new FeedRow.Invalid(number, "not valid JSON: " + firstLine(e.getOriginalMessage()), line));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.accept(new FeedRow.Invalid(number, "not a JSON object", line));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (!value.isNull() && !value.isContainer()) {
                    fields.put(field.getKey(), value.asString());
                }
            }
            try {
                List<SkillRequirement> skills = new ArrayList<>();
                JsonNode skillNode = node.get("skills");
                if (skillNode != null && skillNode.isArray()) {
                    for (JsonNode skill : skillNode) {
                        JsonNode uri = skill.get("uri");
                        if (uri == null || !uri.isString()) {
                            throw new IllegalArgumentException("every skill needs a 'uri'");
                        }
                        JsonNode essential = skill.get("essential");
                        skills.add(new SkillRequirement(uri.asString(), essential == null || essential.asBoolean()));
                    }
                }
                sink.accept(new FeedRow.Valid(number, vacancy(fields, skills)));
            } catch (IllegalArgumentException | NullPointerException e) {
                sink.accept(new FeedRow.Invalid(number, e.getMessage(), line));
            }
        }
    }

    private void readCsv(Reader reader, Counting sink) throws IOException {
        BufferedReader buffered = new BufferedReader(reader, 1 << 16);
        buffered.mark(4096);
        String first = buffered.readLine();
        if (first == null) {
            throw new FeedHeaderException("the file is empty");
        }
        buffered.reset();
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(buffered).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(name -> name.replace("\uFEFF", "").strip()).toList();
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new FeedHeaderException("missing columns " + missing + "; the header has " + header);
            }
            if (!header.contains("region") && !header.contains("gemeente")) {
                throw new FeedHeaderException("a feed needs a 'region' or a 'gemeente' column");
            }
            long line = 2;
            for (CSVRecord record : parser) {
                long startLine = line;
                line = parser.getCurrentLineNumber() + 1;
                String original = String.join(String.valueOf(delimiter), record.values());
                if (record.size() != header.size()) {
                    sink.accept(new FeedRow.Invalid(startLine, "expected " + header.size() + " fields, found "
                            + record.size(), original));
                    continue;
                }
                if (original.length() > MAX_RECORD_CHARS) {
                    sink.accept(new FeedRow.Invalid(startLine, "record longer than " + MAX_RECORD_CHARS + " characters",
                            original.substring(0, 2000)));
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.get(i));
                }
                try {
                    List<SkillRequirement> skills = new ArrayList<>();
                    skills(fields.get("essentialSkills"), true, skills);
                    skills(fields.get("optionalSkills"), false, skills);
                    sink.accept(new FeedRow.Valid(startLine, vacancy(fields, skills)));
                } catch (IllegalArgumentException | NullPointerException e) {
                    sink.accept(new FeedRow.Invalid(startLine, e.getMessage(), original));
                }
            }
        } catch (UncheckedIOException e) {
            throw new FeedHeaderException("the file is not readable CSV: " + firstLine(e.getCause().getMessage()));
        }
    }

    private static void skills(String value, boolean essential, List<SkillRequirement> into) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (String uri : value.strip().split("[\\s|]+")) {
            into.add(new SkillRequirement(uri, essential));
        }
    }

    private FeedVacancy vacancy(Map<String, String> f, List<SkillRequirement> skills) {
        String region = blankToNull(f.get("region"));
        String gemeente = blankToNull(f.get("gemeente"));
        if (region != null) {
            region = region.toUpperCase(Locale.ROOT);
        } else if (gemeente != null) {
            region = regions.regionOf(gemeente).orElseThrow(
                    () -> new IllegalArgumentException("unknown gemeente '" + gemeente + "'"));
        }
        return new FeedVacancy(feed, f.get("externalId"), f.get("employer"), f.get("title"), f.get("description"),
                region, gemeente, decimal(f, "latitude"), decimal(f, "longitude"), integer(f, "hoursMin"),
                integer(f, "hoursMax"), f.get("contractType"), f.get("occupation"), f.get("isco"), skills,
                date(f, "validFrom"), date(f, "validUntil"));
    }


    private static int integer(Map<String, String> f, String name) {
        String value = blankToNull(f.get(name));
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    private static Double decimal(Map<String, String> f, String name) {
        String value = blankToNull(f.get(name));
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
        }
    }

    private static LocalDate date(Map<String, String> f, String name) {
        String value = blankToNull(f.get(name));
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2025-03-01, was '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static final class Counting implements Consumer<FeedRow> {
        private final Consumer<FeedRow> sink;
        long valid;
        long invalid;

        Counting(Consumer<FeedRow> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(FeedRow row) {
            if (row instanceof FeedRow.Valid) {
                valid++;
            } else {
                invalid++;
            }
            sink.accept(row);
        }
    }
}
