package cn.dengkou.bizservice.common.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every property of an answer is present: Jackson writes null ones too ({@code default-property-inclusion:
 * always}), so a schema that only answers use lists all its properties as {@code required}, and
 * {@code nullable} alone says which may be null. A generated client then types {@code validTo} as
 * {@code string | null}, not {@code string | undefined}. Schemas a request also uses keep their own
 * {@code required} (a request may leave a property out), and so does a schema that lists its own
 * (the {@code Problem}, whose {@code instance} and {@code errors} may be absent).
 */
class AnswerFields implements OpenApiCustomizer {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        List<Schema<?>> answers = new ArrayList<>();
        List<Schema<?>> requests = new ArrayList<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getResponses() != null) {
                op.getResponses().values().forEach(r -> addContent(r.getContent(), answers));
            }
            if (op.getRequestBody() != null) {
                addContent(op.getRequestBody().getContent(), requests);
            }
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> {
                    if (p.getSchema() != null) {
                        requests.add(p.getSchema());
                    }
                });
            }
        }));
        Set<String> answered = reachable(answers, schemas);
        answered.removeAll(reachable(requests, schemas));
        answered.forEach(name -> {
            Schema<?> schema = schemas.get(name);
            if (schema.getProperties() != null && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(new TreeSet<>(schema.getProperties().keySet())));
            }
        });
    }

    private static void addContent(Content content, List<Schema<?>> into) {
        if (content != null) {
            content.values().forEach(m -> {
                if (m.getSchema() != null) {
                    into.add(m.getSchema());
                }
            });
        }
    }

    /** The names of the component schemas these schemas refer to, directly or through others. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Set<String> reachable(List<Schema<?>> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema<?>> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema<?> s = todo.pop();
            if (s.get$ref() != null) {
                String name = s.get$ref().substring(PREFIX.length());
                if (names.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
                continue;
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(p -> todo.push((Schema<?>) p));
            }
            if (s.getItems() != null) {
                todo.push(s.getItems());
            }
            if (s.getAdditionalProperties() instanceof Schema<?> values) {
                todo.push(values);
            }
            for (List<Schema> parts : new List[] {s.getAllOf(), s.getAnyOf(), s.getOneOf()}) {
                if (parts != null) {
                    parts.forEach(p -> todo.push((Schema<?>) p));
                }
            }
        }
        return names;
    }
}
