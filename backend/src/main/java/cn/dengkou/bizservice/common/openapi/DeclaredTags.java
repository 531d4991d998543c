package cn.dengkou.bizservice.common.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every tag an operation uses is declared at the top of the document (clients group operations by them,
 * and Spectral's {@code operation-tag-defined} asks for it). springdoc declares a controller's
 * {@code @Tag} only when it has a description; a tag without one is still declared here, bare, so the
 * lint's {@code tag-description} rule names the controller that needs one.
 */
class DeclaredTags implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Map<String, Tag> declared = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(t -> declared.putIfAbsent(t.getName(), t));
        }
        usedTags(openApi).forEach(name -> declared.computeIfAbsent(name, n -> new Tag().name(n)));
        openApi.setTags(declared.isEmpty() ? null : new ArrayList<>(declared.values()));
    }

    /** The tag names operations use, in the order they first appear. */
    static Set<String> usedTags(OpenAPI openApi) {
        Set<String> used = new LinkedHashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getTags() != null) {
                    used.addAll(op.getTags());
                }
            }));
        }
        return used;
    }
}
