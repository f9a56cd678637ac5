package nl.vaardig.web.platform.openapi;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import java.util.Optional;

/**
 * Who may call a handler, as its own annotation says: the {@code @PreAuthorize} expression, or
 * {@code permitAll} / {@code denyAll} / {@code rolesAllowed(...)}. The method's declaration wins
 * over the class's, as in Spring Security itself.
 */
public record AccessDeclaration(String expression, boolean anonymous) {

    public static final String PERMIT_ALL = "permitAll";
    public static final String DENY_ALL = "denyAll";

    public static Optional<AccessDeclaration> of(HandlerMethod handler) {
        return onElement(handler.getMethod()).or(() -> onElement(handler.getBeanType()));
    }

    private static Optional<AccessDeclaration> onElement(java.lang.reflect.AnnotatedElement element) {
        PreAuthorize preAuthorize = AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
        if (preAuthorize != null) {
            return Optional.of(new AccessDeclaration(preAuthorize.value(), false));
        }
        if (AnnotatedElementUtils.hasAnnotation(element, PermitAll.class)) {
            return Optional.of(new AccessDeclaration(PERMIT_ALL, true));
        }
        if (AnnotatedElementUtils.hasAnnotation(element, DenyAll.class)) {
            return Optional.of(new AccessDeclaration(DENY_ALL, false));
        }
        RolesAllowed roles = AnnotatedElementUtils.findMergedAnnotation(element, RolesAllowed.class);
        if (roles != null) {
            return Optional.of(new AccessDeclaration("rolesAllowed(" + String.join(", ", roles.value()) + ")", false));
        }
        return Optional.empty();
    }
}
