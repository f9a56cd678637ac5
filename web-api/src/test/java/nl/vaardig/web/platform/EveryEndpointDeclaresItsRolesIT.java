package nl.vaardig.web.platform;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.annotation.Annotation;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default, enforced: every handler of the application names who may call it. A new
 * endpoint without {@code @PreAuthorize}, {@code @RolesAllowed}, {@code @PermitAll} or
 * {@code @DenyAll} fails the build.
 */
@VaardigIntegrationTest
class EveryEndpointDeclaresItsRolesIT {

    private static final List<Class<? extends Annotation>> DECLARATIONS =
            List.of(PreAuthorize.class, RolesAllowed.class, PermitAll.class, DenyAll.class);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyApplicationHandlerDeclaresWhoMayCallIt() {
        List<String> undeclared = handlers.getHandlerMethods().values().stream()
                .filter(handler -> handler.getBeanType().getPackageName().startsWith("nl.vaardig"))
                .filter(handler -> !declaresAccess(handler))
                .map(HandlerMethod::toString)
                .toList();

        assertThat(handlers.getHandlerMethods()).isNotEmpty();
        assertThat(undeclared).as("handlers without an access declaration").isEmpty();
    }

    private static boolean declaresAccess(HandlerMethod handler) {
        return DECLARATIONS.stream().anyMatch(annotation ->
                AnnotatedElementUtils.hasAnnotation(handler.getMethod(), annotation)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), annotation));
    }
}
