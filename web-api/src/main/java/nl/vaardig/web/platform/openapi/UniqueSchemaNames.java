package nl.vaardig.web.platform.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives the API's types whose simple names collide a schema name of their own (see
 * {@link ApiSchemaTypes#schemaNames()}); without it springdoc files both under the simple name and
 * one of them describes the other's endpoints. Every other schema keeps its name.
 */
final class UniqueSchemaNames implements ModelConverter {

    private final Supplier<Map<Class<?>, String>> names;
    private volatile Map<Class<?>, String> resolved;

    /** The names are computed on first use: the handlers are all registered by the time a document is built. */
    UniqueSchemaNames(Supplier<Map<Class<?>, String>> names) {
        this.names = names;
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getType() != null && (type.getName() == null || type.getName().isBlank())) {
            JavaType javaType = Json.mapper().constructType(type.getType());
            String name = javaType.getBindings().isEmpty() ? names().get(javaType.getRawClass()) : null;
            if (name != null) {
                type.setName(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private Map<Class<?>, String> names() {
        Map<Class<?>, String> current = resolved;
        if (current == null) {
            current = Map.copyOf(names.get());
            resolved = current;
        }
        return current;
    }
}
