package cn.dengkou.bizservice.common.openapi;

import cn.dengkou.bizservice.common.PageQuery;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record bound from the query string ({@code @Valid PageQuery page}, a filter record) is shown by
 * springdoc as one query parameter holding an object, which no client can send. Each becomes one query
 * parameter per property, with the property's constraints; the record's schema, now referred to by
 * nothing, goes in {@link StableDocument}.
 */
class QueryRecords implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents() == null) {
            return;
        }
        Components components = openApi.getComponents();
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> flatten(op, components)));
    }

    @SuppressWarnings("rawtypes")
    private static void flatten(Operation op, Components components) {
        if (op.getParameters() == null || components.getSchemas() == null) {
            return;
        }
        List<Parameter> result = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Parameter p : op.getParameters()) {
            Schema<?> object = "query".equals(p.getIn()) ? referencedObject(p.getSchema(), components) : null;
            if (object == null) {
                result.add(p);
                names.add(p.getIn() + ":" + p.getName());
                continue;
            }
            String record = schemaName(p.getSchema().get$ref());
            List<String> required = object.getRequired() == null ? List.of() : object.getRequired();
            Map<String, Schema> properties = object.getProperties();
            properties.forEach((name, schema) -> {
                if (names.add("query:" + name)) {
                    Parameter flat = new Parameter().in("query").name(name)
                            .required(required.contains(name) ? Boolean.TRUE : null)
                            .description(schema.getDescription())
                            .schema(schema);
                    pageDefaults(record, name, flat);
                    result.add(flat);
                }
            });
        }
        op.setParameters(result);
    }

    private static Schema<?> referencedObject(Schema<?> schema, Components components) {
        if (schema == null || schema.get$ref() == null) {
            return null;
        }
        Schema<?> target = components.getSchemas().get(schemaName(schema.get$ref()));
        boolean object = target != null && target.getProperties() != null && !target.getProperties().isEmpty()
                && (target.getType() == null || "object".equals(target.getType())
                || (target.getTypes() != null && target.getTypes().contains("object")));
        return object ? target : null;
    }

    /** {@link PageQuery} fills in page 1 and size 20 when they are missing; say so. */
    private static void pageDefaults(String schema, String property, Parameter parameter) {
        if (!PageQuery.class.getSimpleName().equals(schema)) {
            return;
        }
        if ("page".equals(property)) {
            parameter.description("页码，从 1 开始（默认 1）");
        } else if ("size".equals(property)) {
            parameter.description("每页条数，1–100（默认 20）");
        }
    }

    private static String schemaName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
