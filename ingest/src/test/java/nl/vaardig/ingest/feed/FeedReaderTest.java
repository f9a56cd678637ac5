package nl.vaardig.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

    private static final Map<String, String> GEMEENTEN = Map.of("amsterdam", "AM18", "utrecht", "AM13");
    private final FeedReader reader = new FeedReader("werkzoeken-nl",
            g -> Optional.ofNullable(GEMEENTEN.get(g.toLowerCase(Locale.ROOT))));

    @Test
    void aJsonLinesFeedGivesEveryRecordAsValidOrInvalidWithItsLineNumber() {
        List<FeedRow> rows = new ArrayList<>();

        FeedStats stats = reader.read(fixture("sample.jsonl"), FeedFormat.JSON_LINES, rows::add);

        assertThat(stats).isEqualTo(new FeedStats(7, 2, 5));
        assertThat(rows).extracting(FeedRow::line).containsExactly(1L, 2L, 4L, 5L, 6L, 7L, 8L);
        FeedVacancy bakker = ((FeedRow.Valid) rows.get(0)).vacancy();
        assertThat(bakker.region()).as("derived from the gemeente").isEqualTo("AM18");
        assertThat(bakker.contractType()).isEqualTo("PERMANENT");
        assertThat(bakker.source()).isEqualTo("feed:werkzoeken-nl");
        FeedVacancy heftruck = ((FeedRow.Valid) rows.get(1)).vacancy();
        assertThat(heftruck.skills()).hasSize(2);
        assertThat(heftruck.skills().get(1).essential()).isFalse();
        assertThat(heftruck.latitude()).isEqualTo(51.9);
        assertThat(reasons(rows)).containsExactly(
                "region must be an arbeidsmarktregio code (AM01–AM35) or derivable from the gemeente",
                "not valid JSON",
                "not a JSON object",
                "unknown gemeente 'Atlantis'",
                "hoursMin must be a whole number, was 'zesendertig'");
    }

    @Test
    void anInvalidRecordKeepsItsOriginalTextForTheDeadLetters() {
        List<FeedRow> rows = new ArrayList<>();

        reader.read(fixture("sample.jsonl"), FeedFormat.JSON_LINES, rows::add);

        assertThat(((FeedRow.Invalid) rows.get(3)).original()).isEqualTo("{\"externalId\":\"WZ-1004\", \"employer\": \"Zorggroep\"");
    }

    @Test
    void aSemicolonCsvWithBomQuotedNewlinesAndSkillColumnsIsRead() {
        List<FeedRow> rows = new ArrayList<>();

        FeedStats stats = reader.read(fixture("sample.csv"), FeedFormat.CSV, rows::add);

        assertThat(stats).isEqualTo(new FeedStats(4, 2, 2));
        FeedVacancy timmerman = ((FeedRow.Valid) rows.get(0)).vacancy();
        assertThat(timmerman.region()).isEqualTo("AM13");
        assertThat(timmerman.description()).isEqualTo("Timmerwerk in de nieuwbouw; ervaring met kozijnen");
        assertThat(timmerman.skills()).singleElement().satisfies(s -> assertThat(s.essential()).isTrue());
        FeedVacancy metselaar = ((FeedRow.Valid) rows.get(1)).vacancy();
        assertThat(metselaar.description()).contains("\n");
        assertThat(metselaar.skills()).hasSize(2).allSatisfy(s -> assertThat(s.essential()).isFalse());
        assertThat(rows).extracting(FeedRow::line).containsExactly(2L, 3L, 5L, 6L);
        assertThat(reasons(rows)).containsExactly("hours per week must satisfy 0 <= min <= max <= 60, was 40-38",
                "expected 13 fields, found 2");
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        InputStream csv = text("id,title\n1,Bakker\n");

        assertThatThrownBy(() -> reader.read(csv, FeedFormat.CSV, row -> { }))
                .isInstanceOf(FeedHeaderException.class).hasMessageContaining("externalId");
    }

    @Test
    void anAbsurdlyLongRecordIsRefusedNotParsed() {
        String huge = "{\"externalId\":\"X\",\"description\":\"" + "a".repeat(FeedReader.MAX_RECORD_CHARS) + "\"}\n";
        List<FeedRow> rows = new ArrayList<>();

        reader.read(text(huge), FeedFormat.JSON_LINES, rows::add);

        assertThat(rows).singleElement().isInstanceOfSatisfying(FeedRow.Invalid.class,
                r -> assertThat(r.reason()).startsWith("record longer than"));
    }

    @Test
    void theFormatIsDetectedFromTheFileNameOrMediaType() {
        assertThat(FeedFormat.detect("export.JSONL", null)).contains(FeedFormat.JSON_LINES);
        assertThat(FeedFormat.detect("upload", "application/x-ndjson")).contains(FeedFormat.JSON_LINES);
        assertThat(FeedFormat.detect("vacatures.csv", "application/octet-stream")).contains(FeedFormat.CSV);
        assertThat(FeedFormat.detect("vacatures.xlsx", null)).isEmpty();
    }

    private static List<String> reasons(List<FeedRow> rows) {
        return rows.stream().filter(FeedRow.Invalid.class::isInstance).map(r -> ((FeedRow.Invalid) r).reason())
                .map(r -> r.startsWith("not valid JSON") ? "not valid JSON" : r).toList();
    }

    private static InputStream fixture(String name) {
        return FeedReaderTest.class.getResourceAsStream("/feed/" + name);
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
