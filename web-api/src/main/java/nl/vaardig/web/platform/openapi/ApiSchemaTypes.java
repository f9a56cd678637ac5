package nl.vaardig.web.platform.openapi;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The application's own types that the API's handlers take as request bodies or give as answers,
 * followed through record components, fields and type arguments — the types that become schemas in
 * the OpenAPI document. springdoc names a schema by the class's simple name, so two such types with
 * one simple name (a {@code Route} in the outlook and one in the route planner) would share a schema;
 * {@link #schemaNames()} gives exactly those a qualified name and every other type its simple name.
 */
public final class ApiSchemaTypes {

    private static final String OWN_PACKAGE = "nl.vaardig.";

    private final Set<Class<?>> types;

    private ApiSchemaTypes(Set<Class<?>> types) {
        this.types = types;
    }

    /** The types reachable from these handlers' bodies and answers. */
    public static ApiSchemaTypes of(Collection<HandlerMethod> handlers) {
        Deque<Type> pending = new ArrayDeque<>();
        for (HandlerMethod handler : handlers) {
            pending.add(handler.getMethod().getGenericReturnType());
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    pending.add(parameter.getGenericParameterType());
                }
            }
        }
        return of(pending);
    }

    static ApiSchemaTypes of(Deque<Type> pending) {
        Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            switch (type) {
                case ParameterizedType parameterized -> {
                    pending.push(parameterized.getRawType());
                    List.of(parameterized.getActualTypeArguments()).forEach(pending::push);
                }
                case GenericArrayType array -> pending.push(array.getGenericComponentType());
                case WildcardType wildcard -> List.of(wildcard.getUpperBounds()).forEach(pending::push);
                case Class<?> array when array.isArray() -> pending.push(array.getComponentType());
                case Class<?> own when own.getName().startsWith(OWN_PACKAGE) && found.add(own) -> members(own, pending);
                default -> {
                    // a JDK or framework type (String, List, ResponseEntity …): only its type arguments count
                }
            }
        }
        return new ApiSchemaTypes(found);
    }

    private static void members(Class<?> type, Deque<Type> pending) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                pending.push(component.getGenericType());
            }
        } else if (!type.isEnum()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    pending.push(field.getGenericType());
                }
            }
        }
        if (type.isSealed()) {
            List.of(type.getPermittedSubclasses()).forEach(pending::push);
        }
    }

    Set<Class<?>> types() {
        return types;
    }

    /**
     * The schema name of every type whose simple name another type of the API shares: its enclosing
     * classes' names before its own ({@code SeekerOutlookViewRoute}) or, for a top-level class, its
     * feature package's ({@code LmiCount}). Types not in the map keep springdoc's simple name.
     */
    public Map<Class<?>, String> schemaNames() {
        Map<String, List<Class<?>>> bySimpleName = types.stream()
                .collect(Collectors.groupingBy(Class::getSimpleName, TreeMap::new, Collectors.toList()));
        Map<Class<?>, String> names = new LinkedHashMap<>();
        bySimpleName.values().stream()
                .filter(sharing -> sharing.size() > 1)
                .flatMap(List::stream)
                .forEach(type -> names.put(type, qualifiedName(type)));
        return names;
    }

    static String qualifiedName(Class<?> type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
            name.insert(0, outer.getSimpleName());
        }
        if (outer == type) {
            name.insert(0, capitalised(feature(type.getPackageName())));
        }
        return name.toString();
    }

    /** {@code nl.vaardig.web.lmi.read} → {@code lmi}: the package right under the module's root. */
    private static String feature(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 3 ? parts[3] : parts[parts.length - 1];
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
