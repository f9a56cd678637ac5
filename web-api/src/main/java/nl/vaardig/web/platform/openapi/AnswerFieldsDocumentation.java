package nl.vaardig.web.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every property of a schema that a JSON success answer can contain is required: the answers are records written
 * by Jackson with its default inclusion, so each field is in the JSON, with null when it has no value. Without
 * this the document says every answer field may be missing, and the browser's types generated from it
 * (frontend/src/api/schema.d.ts) could not tell a field the server always sends from one it may leave out.
 * Request bodies keep their own rules ({@code @NotNull} and friends); problem documents keep theirs.
 */
final class AnswerFieldsDocumentation implements OpenApiCustomizer {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null || openApi.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        for (String name : answerSchemas(openApi, schemas)) {
            Schema<?> schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            Set<String> required = new TreeSet<>(schema.getProperties().keySet());
            schema.setRequired(List.copyOf(required));
        }
    }

    /** The named schemas reachable from the JSON content of a 2xx response, transitively. */
    private static Set<String> answerSchemas(OpenAPI openApi, Map<String, Schema> schemas) {
        Deque<Schema<?>> toVisit = new ArrayDeque<>();
        for (PathItem path : openApi.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        jsonSchemas(response).forEach(toVisit::add);
                    }
                });
            }
        }
        Set<String> found = new LinkedHashSet<>();
        while (!toVisit.isEmpty()) {
            Schema<?> schema = toVisit.pop();
            String ref = schema.get$ref();
            if (ref != null && ref.startsWith(REF_PREFIX)) {
                String name = ref.substring(REF_PREFIX.length());
                if (found.add(name) && schemas.get(name) != null) {
                    toVisit.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(toVisit::push);
            }
            if (schema.getItems() != null) {
                toVisit.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                toVisit.push(values);
            }
            for (List<Schema> parts : List.of(nullSafe(schema.getAllOf()), nullSafe(schema.getOneOf()),
                    nullSafe(schema.getAnyOf()))) {
                parts.forEach(toVisit::push);
            }
        }
        return found;
    }

    private static List<Schema<?>> jsonSchemas(ApiResponse response) {
        if (response.getContent() == null) {
            return List.of();
        }
        return response.getContent().entrySet().stream()
                .filter(media -> isJson(media.getKey()))
                .map(Map.Entry::getValue)
                .map(MediaType::getSchema)
                .filter(schema -> schema != null)
                .<Schema<?>>map(schema -> schema)
                .toList();
    }

    /** Handlers without a declared media type are documented as {@code *}{@code /*}; they answer JSON. */
    private static boolean isJson(String mediaType) {
        return mediaType.equals("*/*") || mediaType.endsWith("json");
    }

    private static List<Schema> nullSafe(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
