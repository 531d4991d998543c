package cn.dengkou.bizservice.common.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Map;

/** The media types springdoc guesses wrong: {@code *}/{@code *} answers that are JSON, file uploads that are multipart. */
class MediaTypes implements OpenApiCustomizer {

    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            jsonForAnyMediaType(op);
            multipartForFiles(op);
        }));
    }

    /** springdoc's default produces type is {@code *}/{@code *}; our endpoints answer JSON unless they say otherwise. */
    private static void jsonForAnyMediaType(Operation op) {
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().values().forEach(r -> {
            Content content = r.getContent();
            if (content == null || !content.containsKey("*/*") || content.size() != 1) {
                return;
            }
            MediaType any = content.get("*/*");
            Schema<?> schema = any.getSchema();
            boolean binary = schema != null && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()));
            if (!binary) {
                Content json = new Content();
                json.addMediaType(JSON, any);
                r.setContent(json);
            }
        });
    }

    /** A {@code MultipartFile} parameter without {@code consumes}: springdoc says JSON, the endpoint reads multipart. */
    @SuppressWarnings("rawtypes")
    private static void multipartForFiles(Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        Content content = op.getRequestBody().getContent();
        if (content.size() != 1 || !content.containsKey(JSON)) {
            return;
        }
        Schema<?> schema = content.get(JSON).getSchema();
        Map<String, Schema> properties = schema == null ? null : schema.getProperties();
        boolean hasFile = properties != null && properties.values().stream().anyMatch(s -> isBinary(s)
                || (s.getItems() != null && isBinary(s.getItems())));
        if (hasFile) {
            Content multipart = new Content();
            multipart.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, content.get(JSON));
            op.getRequestBody().setContent(multipart);
        }
    }

    private static boolean isBinary(Schema<?> s) {
        return "binary".equals(s.getFormat());
    }
}
