package nl.vaardig.web.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerFieldsDocumentationTest {

    @Test
    void everyFieldOfAnAnswerAndOfTheRecordsInsideItIsRequired() {
        OpenAPI openApi = document();

        new AnswerFieldsDocumentation().customise(openApi);

        assertThat(schema(openApi, "List").getRequired()).containsExactly("items", "total");
        assertThat(schema(openApi, "Item").getRequired()).containsExactly("id", "note");
    }

    @Test
    void requestBodiesAndProblemAnswersKeepTheirOwnRules() {
        OpenAPI openApi = document();

        new AnswerFieldsDocumentation().customise(openApi);

        assertThat(schema(openApi, "Input").getRequired()).containsExactly("name");
        assertThat(schema(openApi, "Problem").getRequired()).isNull();
    }

    private static OpenAPI document() {
        Components components = new Components()
                .addSchemas("List", new ObjectSchema()
                        .addProperty("total", new StringSchema())
                        .addProperty("items", new ArraySchema().items(ref("Item"))))
                .addSchemas("Item", new ObjectSchema()
                        .addProperty("note", new StringSchema())
                        .addProperty("id", new StringSchema()))
                .addSchemas("Input", new ObjectSchema()
                        .addProperty("name", new StringSchema())
                        .addProperty("comment", new StringSchema())
                        .addRequiredItem("name"))
                .addSchemas("Problem", new ObjectSchema().addProperty("title", new StringSchema()));
        Operation operation = new Operation()
                .requestBody(new RequestBody().content(json("*/*", ref("Input"))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().content(json("*/*", ref("List"))))
                        .addApiResponse("400", new ApiResponse().content(json("application/problem+json", ref("Problem")))));
        return new OpenAPI().components(components).paths(new Paths().addPathItem("/api/things", new PathItem().post(operation)));
    }

    private static Content json(String mediaType, Schema<?> schema) {
        return new Content().addMediaType(mediaType, new MediaType().schema(schema));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<?> schema(OpenAPI openApi, String name) {
        return openApi.getComponents().getSchemas().get(name);
    }
}
