package nl.vaardig.web.support;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@code /api} operation the running application serves, as (HTTP method, path pattern), read
 * from Spring MVC's own handler mapping — the ground truth the OpenAPI check and the authorisation
 * matrix compare against, so that a new endpoint cannot slip past either.
 */
public final class ApiEndpoints {

    /** One operation: {@code GET /api/vacancies/{id}}. */
    public record Endpoint(String method, String pattern, HandlerMethod handler) {
        public String key() {
            return method + " " + pattern;
        }
    }

    private static final Set<RequestMethod> ANY_METHOD = EnumSet.of(RequestMethod.GET, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private ApiEndpoints() {
    }

    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? ANY_METHOD : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, entry.getValue()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }
}
