package cn.dengkou.bizservice.common.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What makes the committed copy reproducible: operationIds named after the controller method (not
 * springdoc's counters), only the published {@code /api} paths, no schema or tag nothing refers to, and every
 * map and the tags in sorted order. Runs after the other document customizers.
 */
class StableDocument implements OperationCustomizer, OpenApiCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        operation.setOperationId(operationId(handlerMethod));
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() != null) {
            keepApiPaths(openApi);
            removeUnreferencedSchemas(openApi);
            removeUnusedTags(openApi);
        }
        sort(openApi);
    }

    /** {@code StaffAdminController.create} → {@code staffAdminCreate}: stable however many controllers exist. */
    static String operationId(HandlerMethod handlerMethod) {
        String type = ClassUtils.getUserClass(handlerMethod.getBeanType()).getSimpleName();
        if (type.endsWith("Controller") && type.length() > "Controller".length()) {
            type = type.substring(0, type.length() - "Controller".length());
        }
        String method = handlerMethod.getMethod().getName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** The published API is under /api; anything else (test helpers, framework endpoints) stays out. */
    private static void keepApiPaths(OpenAPI openApi) {
        openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
    }

    /** E.g. a query record once {@link QueryRecords} has spread it into parameters. */
    private static void removeUnreferencedSchemas(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        String json = Json.pretty(openApi);
        openApi.getComponents().getSchemas().keySet()
                .removeIf(name -> !json.contains("\"#/components/schemas/" + name + "\""));
    }

    /** A tag declared for a controller whose paths {@link #keepApiPaths} dropped. */
    private static void removeUnusedTags(OpenAPI openApi) {
        if (openApi.getTags() == null) {
            return;
        }
        Set<String> used = DeclaredTags.usedTags(openApi);
        openApi.getTags().removeIf(t -> !used.contains(t.getName()));
        if (openApi.getTags().isEmpty()) {
            openApi.setTags(null);
        }
    }

    private static void sort(OpenAPI openApi) {
        if (openApi.getPaths() != null) {
            Paths sorted = new Paths();
            new TreeMap<>(openApi.getPaths()).forEach(sorted::addPathItem);
            sorted.setExtensions(openApi.getPaths().getExtensions());
            sorted.values().forEach(StableDocument::sortResponses);
            openApi.setPaths(sorted);
        }
        Components c = openApi.getComponents();
        if (c != null) {
            c.setSchemas(sortedMap(c.getSchemas()));
            c.setResponses(sortedMap(c.getResponses()));
            c.setParameters(sortedMap(c.getParameters()));
            c.setSecuritySchemes(sortedMap(c.getSecuritySchemes()));
            c.setExamples(sortedMap(c.getExamples()));
            c.setRequestBodies(sortedMap(c.getRequestBodies()));
            c.setHeaders(sortedMap(c.getHeaders()));
        }
        if (openApi.getTags() != null) {
            List<Tag> tags = new ArrayList<>(openApi.getTags());
            tags.sort(Comparator.comparing(Tag::getName));
            openApi.setTags(tags);
        }
    }

    private static void sortResponses(PathItem item) {
        item.readOperations().forEach(op -> {
            if (op.getResponses() != null) {
                ApiResponses sorted = new ApiResponses();
                new TreeMap<>(op.getResponses()).forEach(sorted::addApiResponse);
                sorted.setExtensions(op.getResponses().getExtensions());
                op.setResponses(sorted);
            }
        });
    }

    private static <V> Map<String, V> sortedMap(Map<String, V> map) {
        return map == null ? null : new LinkedHashMap<>(new TreeMap<>(map));
    }
}
