package nl.vaardig.web.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.vaardig.web.platform.security.OidcProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what the API is, how to authenticate (an OIDC
 * bearer token), the one error format every endpoint shares (RFC 9457 problem+json), and per
 * operation who may call it (see {@link AccessDocumentation}). docs/openapi.json is its committed
 * snapshot; OpenApiDocumentIT keeps the two and the handlers in step.
 */
@Configuration
public class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Error responses documented on the operations they can come from (see {@link AccessDocumentation}). */
    static final Map<Integer, String> PROBLEM_RESPONSES = problemResponses();

    @Bean
    OpenAPI vaardigOpenApi(OidcProperties oidc) {
        return new OpenAPI()
                .info(new Info()
                        .title("Vaardig API")
                        .version("v1")
                        .description("""
                                Skills-based matching for the Dutch labour market: skills and occupations from ESCO, \
                                anonymous exploration, job seekers' profiles and matches, employers' vacancies and \
                                candidates, job coaches, labour-market information for regions.
                                
                                Paths under /api/public need no token; every other operation needs an OIDC access \
                                token (`Authorization: Bearer …`) and names the roles it admits in `x-vaardig-access`. \
                                Errors are RFC 9457 problem documents (`application/problem+json`); see docs/api-errors.md.""")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An OIDC access token (JWT) from the issuer " + oidc.issuer()
                                        + " (discovery: " + oidc.issuer() + "/.well-known/openid-configuration). "
                                        + "Roles come from the token's `roles` claim, regions from `regions`, the "
                                        + "employer's organisation from `organisation`."))
                        .addSchemas("FieldError", new ObjectSchema()
                                .description("One invalid field and a message a person can act on.")
                                .addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema()))
                        .addSchemas("ProblemDetail", problemDetailSchema())
                        .responses(problemResponseComponents()));
    }

    /** A schema name per type: springdoc's simple names collide for some of the API's records. */
    @Bean
    UniqueSchemaNames uniqueSchemaNames(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        return new UniqueSchemaNames(() -> ApiSchemaTypes.of(handlers.getObject().getHandlerMethods().values())
                .schemaNames());
    }

    @Bean
    OperationCustomizer accessDocumentation() {
        return new AccessDocumentation();
    }

    @Bean
    OperationCustomizer operationIds() {
        return new OperationIds();
    }

    @Bean
    OpenApiCustomizer answerFieldsDocumentation() {
        return new AnswerFieldsDocumentation();
    }

    private static Schema<?> problemDetailSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; `title` in Dutch or English after Accept-Language.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable problem type, e.g. https://vaardig.nl/problems/validation"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema()
                        .description("Only on validation problems: one entry per invalid field.")
                        .items(new Schema<>().$ref("#/components/schemas/FieldError")));
    }

    private static Map<String, ApiResponse> problemResponseComponents() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        PROBLEM_RESPONSES.forEach((status, description) -> responses.put(componentName(status), new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))))));
        return responses;
    }

    static String componentName(int status) {
        return "Problem" + status;
    }

    private static Map<Integer, String> problemResponses() {
        Map<Integer, String> responses = new TreeMap<>();
        responses.put(400, "Invalid request: unreadable body or parameters, or invalid fields (see `errors`)");
        responses.put(401, "No valid access token");
        responses.put(403, "The token's roles do not admit this operation");
        responses.put(404, "Not found — also someone else's object, answered as if it did not exist");
        responses.put(409, "Conflict: the object changed since it was read (optimistic locking) or its state forbids this");
        responses.put(413, "Request body over the limit (256 KiB for JSON)");
        responses.put(415, "Unsupported Content-Type");
        return Collections.unmodifiableMap(responses);
    }
}
