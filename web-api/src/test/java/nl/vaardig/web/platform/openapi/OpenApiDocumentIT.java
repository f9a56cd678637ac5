package nl.vaardig.web.platform.openapi;

import jakarta.annotation.security.PermitAll;
import nl.vaardig.web.platform.security.OidcProperties;
import nl.vaardig.web.support.ApiEndpoints;
import nl.vaardig.web.support.ApiEndpoints.Endpoint;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document is the API: every /api handler is in it under its own path and
 * method and nothing else is; each operation names the access its handler declares; and the
 * committed snapshot docs/openapi.json is exactly the served document. Regenerate the snapshot with
 * {@code ./vaardig openapi} (this test with {@code -Dvaardig.openapi.write=true}).
 */
@VaardigIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentIT {

    static final Path SNAPSHOT = Path.of("..", "docs", "openapi.json").toAbsolutePath().normalize();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options", "trace");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    OidcProperties oidc;

    JsonNode document;

    @BeforeAll
    void fetchTheServedDocumentWithoutAToken() {
        HttpResponse<String> response = new Http(port).get("/v3/api-docs");
        assertThat(response.statusCode()).as("GET /v3/api-docs without a token").isEqualTo(200);
        document = JSON.readTree(response.body());
    }

    @Test
    void theYamlFormIsServedPubliclyToo() {
        HttpResponse<String> response = new Http(port).get("/v3/api-docs.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.").contains("title: Vaardig API");
    }

    @Test
    void everyApiHandlerIsDocumentedUnderItsOwnPathAndMethodAndNothingElseIs() {
        Set<String> served = new TreeSet<>();
        ApiEndpoints.of(handlers).forEach(endpoint -> served.add(endpoint.key()));
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (HTTP_METHODS.contains(operation.getKey())) {
                documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));

        assertThat(served).as("handlers under /api").isNotEmpty();
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(served);
        assertThat(undocumented).as("handlers missing from /v3/api-docs").isEmpty();
        assertThat(notServed).as("operations in /v3/api-docs that no /api handler serves").isEmpty();
    }

    @Test
    void everyOperationDocumentsTheAccessItsHandlerDeclares() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ApiEndpoints.of(handlers)) {
            JsonNode operation = document.path("paths").path(endpoint.pattern())
                    .path(endpoint.method().toLowerCase(Locale.ROOT));
            String declared = declaredAccess(endpoint.handler());
            String documented = operation.path(AccessDocumentation.EXTENSION).asString(null);
            if (!declared.equals(documented)) {
                wrong.add(endpoint.key() + ": declares " + declared + ", document says " + documented);
            }
            String security = operation.path("security").toString();
            String expectedSecurity = declared.equals("permitAll") ? "[]" : "[{\"bearer\":[]}]";
            if (!expectedSecurity.equals(security)) {
                wrong.add(endpoint.key() + ": security " + security + ", expected " + expectedSecurity);
            }
        }
        assertThat(wrong).as("operations whose documented access differs from their annotation").isEmpty();
    }

    /**
     * springdoc names a schema by the simple class name: two records called {@code Route} would share one
     * schema, and one of them would describe the other's endpoints. Every type of the API has a name of its
     * own, and the schema of that name has exactly its record's fields.
     */
    @Test
    void everyRecordOfTheApiHasASchemaOfItsOwnWithItsFields() {
        ApiSchemaTypes types = ApiSchemaTypes.of(handlers.getHandlerMethods().values());
        Map<Class<?>, String> qualified = types.schemaNames();
        Map<String, Class<?>> byName = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : types.types()) {
            String name = qualified.getOrDefault(type, type.getSimpleName());
            Class<?> other = byName.put(name, type);
            if (other != null) {
                wrong.add(name + ": " + other.getName() + " and " + type.getName());
            }
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (type.isRecord() && schema.has("properties")) {
                Set<String> fields = new TreeSet<>();
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.add(component.getName());
                }
                Set<String> properties = new TreeSet<>(schema.get("properties").propertyNames());
                if (!fields.equals(properties)) {
                    wrong.add(name + " has " + properties + ", " + type.getName() + " has " + fields);
                }
            }
        }
        Set<String> unknown = new TreeSet<>(document.path("components").path("schemas").propertyNames());
        unknown.removeAll(byName.keySet());
        // the two written by OpenApiConfiguration, and Spring's event stream (the walk follows only our types)
        unknown.removeAll(Set.of("FieldError", "ProblemDetail", "SseEmitter"));
        assertThat(qualified).as("types sharing a simple name").isNotEmpty();
        assertThat(wrong).as("schemas shared by two types or not describing their type").isEmpty();
        assertThat(unknown).as("schemas of no type the handlers take or answer (so unchecked)").isEmpty();
    }

    @Test
    void errorsAreDocumentedAsProblemDetailsWithFieldErrors() {
        JsonNode components = document.path("components");
        assertThat(components.path("schemas").path("ProblemDetail").path("properties").path("errors")
                .path("items").path("$ref").asString()).isEqualTo("#/components/schemas/FieldError");
        for (int status : List.of(400, 401, 403, 404, 409, 413, 415)) {
            assertThat(components.path("responses").path("Problem" + status).path("content")
                    .path("application/problem+json").path("schema").path("$ref").asString())
                    .as("problem response %d", status).isEqualTo("#/components/schemas/ProblemDetail");
        }
        assertThat(document.path("paths").path("/api/vacancies/{id}").path("put").path("responses")
                .path("409").path("$ref").asString()).isEqualTo("#/components/responses/Problem409");
        assertThat(document.path("paths").path("/api/vacancies").path("get").path("responses")
                .path("401").path("$ref").asString()).isEqualTo("#/components/responses/Problem401");
        assertThat(components.path("securitySchemes").path("bearer").path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void theCommittedSnapshotIsTheServedDocument() throws IOException {
        String normalised = JSON.writeValueAsString(normalise(document)) + "\n";
        if (Boolean.getBoolean("vaardig.openapi.write")) {
            Files.writeString(SNAPSHOT, normalised, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        List<String> differences = new ArrayList<>();
        if (!committed.isEmpty()) {
            differ("", JSON.readTree(committed), JSON.readTree(normalised), differences);
        }
        assertThat(committed)
                .as("docs/openapi.json is not the API the application serves (%s); regenerate it with "
                        + "`./vaardig openapi` and commit it. First differences: %s",
                        committed.isEmpty() ? "missing" : "differs", differences.stream().limit(15).toList())
                .isEqualTo(normalised);
    }

    /** Sorted keys, no server URL (it carries the port), the issuer (it does too) as a placeholder. */
    private JsonNode normalise(JsonNode served) {
        ObjectNode copy = (ObjectNode) JSON.readTree(served.toString().replace(oidc.issuer(), "{issuer}"));
        copy.remove("servers");
        return sorted(copy);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode result = JSON.createObjectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = JSON.createArrayNode();
            node.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }

    private static void differ(String pointer, JsonNode committed, JsonNode served, List<String> out) {
        if (committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>(committed.propertyNames());
            names.addAll(served.propertyNames());
            for (String name : names) {
                differ(pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                        committed.path(name), served.path(name), out);
            }
            return;
        }
        out.add(pointer.isEmpty() ? "/" : pointer);
    }

    /** The expected value, read straight from the annotations (independently of the customizer). */
    private static String declaredAccess(HandlerMethod handler) {
        for (var element : List.of(handler.getMethod(), handler.getBeanType())) {
            PreAuthorize preAuthorize = AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
            if (preAuthorize != null) {
                return preAuthorize.value();
            }
            if (AnnotatedElementUtils.hasAnnotation(element, PermitAll.class)) {
                return "permitAll";
            }
        }
        return "(none)";
    }
}
