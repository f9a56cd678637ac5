package nl.vaardig.web.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.Locale;

/**
 * Operation ids from controller and method ({@code VacancyController.get} → {@code vacancyGet}), so they are
 * unique without springdoc's {@code get_1} suffixes, which depend on the order handlers are registered.
 */
final class OperationIds implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handler.getMethod().getName();
        operation.setOperationId(controller.substring(0, 1).toLowerCase(Locale.ROOT) + controller.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1));
        return operation;
    }
}
