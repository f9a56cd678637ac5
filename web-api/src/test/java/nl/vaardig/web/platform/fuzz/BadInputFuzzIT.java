package nl.vaardig.web.platform.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.RawHttp;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every operation of the OpenAPI document × a corpus of bad inputs × every role answers below 500. The
 * corpus: bad percent-encoding, invalid UTF-8, NUL, 1 MB strings, deep JSON, wrong types, negative and huge
 * numbers, unknown enum values — in query parameters, path parameters and JSON bodies (each property of a body
 * built from the operation's schema, one at a time). Requests go over a plain socket so that malformed targets reach
 * the server as sent. Prints a {@code FUZZ} line with the counts (docs/api-errors.md).
 */
@VaardigIntegrationTest
class BadInputFuzzIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEGABYTE = "a".repeat(1024 * 1024);
    private static final List<String> QUERY_VALUES = List.of("%zz", "%ff", "%e2%82", "a%00b", "%01", "-1", "-99999999999999999999",
            "99999999999999999999", "1e309", "NaN", "ONBEKENDE_WAARDE", "", "%20", "x".repeat(6000), "AM99", "2025-W99",
            "%3Cscript%3E");
    private static final List<String> PATH_VALUES = List.of("%zz", "%ff", "a%00b", "-1", "99999999999999999999", "x".repeat(3000),
            "%2e%2e%2f%2e%2e", "null", UUID.randomUUID().toString());

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noOperationAnswers500OnBadInputForAnyRole() throws IOException {
        JsonNode document = json.readTree(new Http(port).get("/v3/api-docs").body());
        JsonNode schemas = document.path("components").path("schemas");
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("anonymous", null);
        roles.put("JOB_SEEKER", tokens.jobSeekerWithSubject("fuzz-" + UUID.randomUUID()));
        roles.put("EMPLOYER", tokens.employer("fuzz-werkgever", "Fuzz BV"));
        roles.put("JOBCOACH", tokens.jobcoach("fuzz-coach", "AM18"));
        roles.put("REGIO_STAFF", tokens.regio("fuzz-regio", "AM18"));
        roles.put("ADMIN", tokens.admin());

        RawHttp http = new RawHttp(port);
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int inputs = 0;
        long requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                List<Input> corpus = corpus(path.getKey(), method.toUpperCase(Locale.ROOT), operation, schemas);
                inputs += corpus.size();
                for (var role : roles.entrySet()) {
                    for (Input input : corpus) {
                        int status = http.send(input.method(), input.target(), role.getValue(), input.contentType(), input.body());
                        requests++;
                        if (status >= 500) {
                            failures.add(status + " " + role.getKey() + " " + input);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "FUZZ operations=%d inputs=%d roles=%d requests=%d responses>=500=%d%n",
                operations, inputs, roles.size(), requests, failures.size());
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).as("responses ≥ 500").isEmpty();
    }

    /** One bad request: method, raw target, and the body with its type (or none). */
    record Input(String method, String target, String contentType, byte[] body, String what) {
        @Override
        public String toString() {
            return method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target) + " [" + what + "]";
        }
    }

    private List<Input> corpus(String template, String method, JsonNode operation, JsonNode schemas) {
        var inputs = new ArrayList<Input>();
        var queryParameters = new ArrayList<String>();
        var pathParameters = new ArrayList<String>();
        for (JsonNode p : operation.path("parameters")) {
            if ("query".equals(p.path("in").asString())) {
                queryParameters.add(p.get("name").asString());
            } else if ("path".equals(p.path("in").asString())) {
                pathParameters.add(p.get("name").asString());
            }
        }
        String target = fill(template, pathParameters, null, null);
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        byte[] validBody = bodySchema.isMissingNode() ? null : bytes(sample(bodySchema, schemas, 0));
        String type = validBody == null ? null : "application/json";
        // query parameters, one at a time (and an undeclared one for operations without any)
        List<String> names = queryParameters.isEmpty() ? List.of("q") : queryParameters;
        for (String name : names) {
            for (String value : QUERY_VALUES) {
                inputs.add(new Input(method, target + "?" + name + "=" + value, type, validBody, "query " + name));
            }
        }
        // path parameters, one at a time
        for (String name : pathParameters) {
            for (String value : PATH_VALUES) {
                inputs.add(new Input(method, fill(template, pathParameters, name, value), type, validBody, "path " + name));
            }
        }
        if (validBody == null) {
            // a body where none belongs: invalid UTF-8 and NUL in a form and in JSON
            inputs.add(new Input(method, target, "application/x-www-form-urlencoded", new byte[] {'q', '=', (byte) 0xff}, "form invalid UTF-8"));
            inputs.add(new Input(method, target, "application/json", "{\"q\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8), "unexpected JSON"));
            return inputs;
        }
        // whole bodies
        inputs.add(new Input(method, target, "application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}'}, "invalid UTF-8"));
        inputs.add(new Input(method, target, "application/json", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8), "deep JSON"));
        inputs.add(new Input(method, target, "application/json", "{\"a\":".getBytes(StandardCharsets.UTF_8), "truncated JSON"));
        inputs.add(new Input(method, target, "application/json", "null".getBytes(StandardCharsets.UTF_8), "null"));
        inputs.add(new Input(method, target, "application/json", "[]".getBytes(StandardCharsets.UTF_8), "array for object"));
        inputs.add(new Input(method, target, "application/json", new byte[0], "empty"));
        inputs.add(new Input(method, target, "application/x-www-form-urlencoded", new byte[] {'q', '=', (byte) 0xff}, "form invalid UTF-8"));
        // each property of the body, one at a time
        JsonNode sample = sample(bodySchema, schemas, 0);
        if (sample instanceof ObjectNode object) {
            JsonNode properties = resolve(bodySchema, schemas).path("properties");
            for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext(); ) {
                String property = it.next();
                JsonNode schema = resolve(properties.path(property), schemas);
                for (JsonNode bad : badValues(schema)) {
                    ObjectNode mutated = object.deepCopy();
                    mutated.set(property, bad);
                    String shown = bad.isString() && bad.asString().length() > 40 ? "1 MB string" : bad.toString();
                    inputs.add(new Input(method, target, "application/json", bytes(mutated), "body " + property + "=" + shown));
                }
            }
        }
        return inputs;
    }

    private static List<JsonNode> badValues(JsonNode schema) {
        var values = new ArrayList<JsonNode>();
        values.add(NODES.stringNode("a\u0000b"));
        values.add(NODES.stringNode(MEGABYTE));
        values.add(NODES.stringNode("ONBEKENDE_WAARDE"));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
        values.add(NODES.numberNode(Long.MIN_VALUE));
        values.add(NODES.booleanNode(true));
        values.add(NODES.objectNode().put("x", "\u0000"));
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 5000; i++) {
            many.add("x" + i);
        }
        values.add(many);
        values.add(NODES.nullNode());
        if (schema.path("type").asString("").equals("array")) {
            ArrayNode withNul = NODES.arrayNode();
            withNul.add(NODES.objectNode().put("uri", "\u0000").put("kind", "ONBEKEND"));
            values.add(withNul);
        }
        return values;
    }

    /** A plausible value for a schema: the first enum constant, a short string, 1, true; objects with every property. */
    private JsonNode sample(JsonNode schema, JsonNode schemas, int depth) {
        JsonNode s = resolve(schema, schemas);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asString(s.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    o.set(p.getKey(), sample(p.getValue(), schemas, depth + 1));
                }
                yield o;
            }
            case "array" -> NODES.arrayNode().add(sample(s.path("items"), schemas, depth + 1));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode("x");
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0), schemas);
        }
        return s;
    }

    private static String fill(String template, List<String> names, String bad, String badValue) {
        String out = template;
        for (String name : names) {
            String value = name.equals(bad) ? badValue : name.toLowerCase(Locale.ROOT).contains("region") ? "AM18"
                    : name.equals("kind") ? "COACH_HELP" : UUID.randomUUID().toString();
            out = out.replace("{" + name + "}", value);
        }
        return out;
    }

    private byte[] bytes(JsonNode node) {
        return json.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }
}
