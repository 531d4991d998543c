package cn.dengkou.bizservice.common.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Two things swagger-core writes in a way OpenAPI 3.0 does not mean (the document is 3.0, see
 * {@code springdoc.api-docs.version}), fixed wherever they occur, so new records are covered:
 * <ul>
 *   <li>a property that is a reference and {@code @Schema(nullable = true)}: 3.0 ignores anything beside
 *       {@code $ref}, so it becomes {@code anyOf: [$ref, null]};</li>
 *   <li>{@code Map<String, Object>}: swagger-core writes the values as {@code {type: object}}, while they
 *       are any JSON value (a string, a number, a list): {@code additionalProperties: {}}.</li>
 * </ul>
 */
class Oas30Schemas implements OpenApiCustomizer, PropertyCustomizer {

    /** swagger-core drops {@code nullable} from a property that became a reference; keep it, as the 3.0 form. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        boolean nullable = type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(a -> a instanceof io.swagger.v3.oas.annotations.media.Schema s && s.nullable());
        if (nullable && property != null && property.get$ref() != null) {
            return nullableReference(property);
        }
        return property;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(Oas30Schemas::fixProperties);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fixProperties(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.replaceAll((name, property) -> {
            if (property.getAdditionalProperties() instanceof Schema<?> values && isBareObject(values)) {
                property.setAdditionalProperties(new Schema<>());
            }
            return property;
        });
    }

    /**
     * {@code anyOf: [$ref, null]}. Not {@code nullable: true, allOf: [$ref]}: by OpenAPI 3.0.3 {@code nullable}
     * only widens a {@code type} beside it, so the referenced object's own constraints still refuse null
     * (and strict validators do). The null branch is 3.0's way to say "null only".
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> nullableReference(Schema<?> property) {
        Schema onlyNull = new Schema<>().type("object").nullable(true);
        onlyNull.setEnum(new ArrayList<>(Collections.singletonList(null)));
        return new Schema<>().description(property.getDescription())
                .anyOf(new ArrayList<>(List.of(new Schema<>().$ref(property.get$ref()), onlyNull)));
    }

    /** {@code {type: object}} and nothing else: what swagger-core makes of {@code java.lang.Object}. */
    private static boolean isBareObject(Schema<?> s) {
        return "object".equals(s.getType()) && s.get$ref() == null && s.getProperties() == null
                && s.getAdditionalProperties() == null && s.getAllOf() == null && s.getOneOf() == null
                && s.getAnyOf() == null;
    }
}
