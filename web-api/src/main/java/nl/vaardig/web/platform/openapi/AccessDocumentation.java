package nl.vaardig.web.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Documents each operation's access from its own annotation ({@code x-vaardig-access}), its security
 * requirement (none for {@code @PermitAll}, else the bearer token), and the problem responses it can give.
 */
final class AccessDocumentation implements OperationCustomizer {

    static final String EXTENSION = "x-vaardig-access";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        AccessDeclaration access = AccessDeclaration.of(handler).orElseThrow(() -> new IllegalStateException(
                handler + " declares no access (@PreAuthorize or @PermitAll)"));
        operation.addExtension(EXTENSION, access.expression());
        operation.setSecurity(access.anonymous()
                ? List.of()
                : List.of(new SecurityRequirement().addList(OpenApiConfiguration.BEARER)));
        addProblemResponses(operation, handler, access);
        return operation;
    }

    private static void addProblemResponses(Operation operation, HandlerMethod handler, AccessDeclaration access) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean hasPathVariable = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
        boolean changesExisting = hasPathVariable && (handler.hasMethodAnnotation(PutMapping.class)
                || handler.hasMethodAnnotation(PatchMapping.class));

        TreeSet<Integer> statuses = new TreeSet<>();
        if (hasInput) {
            statuses.add(400);
        }
        if (!access.anonymous()) {
            statuses.add(401);
            statuses.add(403);
        }
        if (hasPathVariable) {
            statuses.add(404);
        }
        if (changesExisting) {
            statuses.add(409);
        }
        if (hasBody) {
            statuses.add(413);
            statuses.add(415);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (int status : statuses) {
            responses.addApiResponse(String.valueOf(status), new ApiResponse()
                    .$ref("#/components/responses/" + OpenApiConfiguration.componentName(status)));
        }
        operation.setResponses(responses);
    }
}
