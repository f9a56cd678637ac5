package nl.vaardig.web.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InputCheckTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void wellFormedQueriesDecodeAsTheContainerWould() {
        InputCheck.Parsed parsed = InputCheck.urlEncoded("q=verpleeg+kundige&regio=AM18&q=%C3%A9n&leeg", "query");
        assertThat(parsed.refusal()).isEmpty();
        assertThat(parsed.parameters().get("q")).containsExactly("verpleeg kundige", "én");
        assertThat(parsed.parameters().get("leeg")).containsExactly("");
    }

    @Test
    void badPercentEncodingAndInvalidUtf8AreRefusedNamingTheParameter() {
        assertThat(InputCheck.urlEncoded("limit=5&q=%zz", "query").refusal())
                .contains(new InputCheck.Refusal("q", InputCheck.Fault.ENCODING));
        assertThat(InputCheck.urlEncoded("q=%ff", "query").refusal())
                .contains(new InputCheck.Refusal("q", InputCheck.Fault.ENCODING));
        assertThat(InputCheck.urlEncoded("q=%4", "query").refusal())
                .contains(new InputCheck.Refusal("q", InputCheck.Fault.ENCODING));
        assertThat(InputCheck.urlEncoded("%zz=1", "query").refusal())
                .contains(new InputCheck.Refusal("query", InputCheck.Fault.ENCODING));
    }

    @Test
    void controlCharactersAreRefusedButTabsAndLineBreaksAreText() {
        assertThat(InputCheck.urlEncoded("q=a%00b", "query").refusal())
                .contains(new InputCheck.Refusal("q", InputCheck.Fault.CONTROL_CHARACTER));
        assertThat(InputCheck.hasControlCharacter("regel 1\r\nregel 2\tklaar")).isFalse();
        assertThat(InputCheck.hasControlCharacter("a\u0000b")).isTrue();
        assertThat(InputCheck.hasControlCharacter("a\u001bb")).isTrue();
        assertThat(InputCheck.hasControlCharacter("a\u0085b")).isTrue();
        assertThat(InputCheck.hasControlCharacter("a\ud800b")).as("unpaired surrogate").isTrue();
        assertThat(InputCheck.hasControlCharacter("emoji \ud83d\ude00 ok")).isFalse();
    }

    @Test
    void aNulInAnyJsonStringIsRefusedWithItsFieldPath() {
        byte[] body = """
                {"title":"Verpleegkundige","skills":[{"uri":"x"},{"uri":"y","note":"a\\u0000b"}]}
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(InputCheck.json(body, json)).contains(new InputCheck.Refusal("skills[1].note", InputCheck.Fault.CONTROL_CHARACTER));
        assertThat(InputCheck.json("{\"notes\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8), json))
                .contains(new InputCheck.Refusal("notes", InputCheck.Fault.CONTROL_CHARACTER));
        assertThat(InputCheck.json("{\"a\\u0000\":1}".getBytes(StandardCharsets.UTF_8), json))
                .contains(new InputCheck.Refusal("a\u0000", InputCheck.Fault.CONTROL_CHARACTER));
        assertThat(InputCheck.json("{\"ok\":\"regel\\nregel\"}".getBytes(StandardCharsets.UTF_8), json)).isEmpty();
    }

    @Test
    void invalidUtf8InAJsonBodyIsRefusedAsTheBody() {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};
        assertThat(InputCheck.json(bad, json)).contains(new InputCheck.Refusal("body", InputCheck.Fault.ENCODING));
        assertThat(InputCheck.json("{\"a\":\"één\"}".getBytes(StandardCharsets.UTF_8), json)).isEmpty();
    }

    @Test
    void malformedJsonIsLeftToTheJsonReaderWhichNamesTheProblemItself() {
        assertThat(InputCheck.json("{\"a\":".getBytes(StandardCharsets.UTF_8), json)).isEmpty();
        assertThat(InputCheck.json("[".repeat(5000).getBytes(StandardCharsets.UTF_8), json)).isEqualTo(Optional.empty());
    }

    @Test
    void pathsMustDecodeToo() {
        assertThat(InputCheck.path("/api/vacancies/%zz")).contains(new InputCheck.Refusal("path", InputCheck.Fault.ENCODING));
        assertThat(InputCheck.path("/api/vacancies/a%00")).contains(new InputCheck.Refusal("path", InputCheck.Fault.CONTROL_CHARACTER));
        assertThat(InputCheck.path("/api/skills/suggest")).isEmpty();
        assertThat(List.of(InputCheck.fieldPath("/skills/3/label"), InputCheck.fieldPath(""))).containsExactly("skills[3].label", "body");
    }
}
