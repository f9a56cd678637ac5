package nl.vaardig.web.taxonomy;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * In the OpenAPI document, the label fields of every answer schema are required: a client may rely on each skill or
 * occupation label arriving with its language and its derived flag, so that it can mark a derived label ("afgeleid")
 * or an English fallback. One customizer instead of an annotation on each of the many view records.
 */
@Component
public class LabelFieldsDocumentation implements OpenApiCustomizer {

    static final List<String> LABEL_FIELDS = List.of("label", "labelLanguage", "derived",
            "labelNl", "labelNlLanguage", "labelNlDerived", "labelEn");

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            // only answers that carry the derived flag: an input's "label" field keeps its own rules
            if (properties == null || !(properties.containsKey("derived") || properties.containsKey("labelNlDerived"))) {
                continue;
            }
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            LABEL_FIELDS.stream().filter(properties::containsKey).filter(f -> !required.contains(f)).forEach(required::add);
            schema.setRequired(required);
        }
    }
}
