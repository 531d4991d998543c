package cn.dengkou.bizservice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operations of the OpenAPI document the app serves ({@code /v3/api-docs}), and requests built from their schemas:
 * what the generated matrix tests ({@code AuthorizationMatrixTest}, {@code CountyIsolationMatrixTest}) call.
 */
public final class ApiOperations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    public static final String BOUNDARY = "matrix-boundary-7f3a";

    /** One operation: {@code method} lower case as in the document, {@code path} with its {@code {placeholders}}. */
    public record Operation(String method, String path, JsonNode node) {

        /** "GET /api/v1/…", how a test names it. */
        public String where() {
            return method.toUpperCase() + " " + path;
        }

        /** Its {@code x-roles}: role names, {@code PUBLIC} or {@code AUTHENTICATED}. */
        public List<String> roles() {
            List<String> roles = new ArrayList<>();
            node.path("x-roles").forEach(r -> roles.add(r.asText()));
            return roles;
        }

        public boolean hasPathParameter() {
            return path.indexOf('{') >= 0;
        }

        /** The path up to its first placeholder ({@code /api/v1/admin/notices/}), or the whole path. */
        public String idPrefix() {
            return ApiOperations.idPrefix(path);
        }

        /** The path with every placeholder replaced by {@code id}. */
        public String fill(String id) {
            return ApiOperations.fill(path, id);
        }
    }

    private final JsonNode doc;

    public ApiOperations(JsonNode doc) {
        this.doc = doc;
    }

    /** Every operation of the document, in its order. */
    public List<Operation> all() {
        List<Operation> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                all.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
            }
        }
        return all;
    }

    public static String fill(String path, String id) {
        return path.replaceAll("\\{[^}]+}", id);
    }

    public static String idPrefix(String path) {
        int brace = path.indexOf('{');
        return brace < 0 ? path : path.substring(0, brace);
    }

    /** The operation's parameters, references resolved. */
    public List<JsonNode> parameters(Operation op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.node().path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    /** Valid: a value from each typed query parameter's schema. Invalid: one no schema allows (wrong type, enum, length). */
    public String query(List<JsonNode> parameters, boolean valid) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode p : parameters) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            JsonNode schema = resolve(p.path("schema"));
            boolean typed = schema.has("enum") || !"string".equals(schema.path("type").asText());
            if (valid && !typed && !p.path("required").asBoolean()) {
                continue; // a free-text filter the service checks against a dictionary: left out is valid
            }
            String value = valid ? String.valueOf(scalar(schema)) : invalidScalar(schema);
            pairs.add(p.get("name").asText() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** The request body's content types ({@code application/json}, {@code multipart/form-data}); missing when none. */
    public JsonNode content(Operation op) {
        return op.node().path("requestBody").path("content");
    }

    /** A JSON body with a value for every property of its schema. */
    public byte[] jsonBody(Operation op) {
        return sample(resolve(content(op).path("application/json").path("schema"))).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    public JsonNode sample(JsonNode schema) {
        schema = resolve(schema);
        String type = schema.path("type").asText();
        if ("object".equals(type) || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue())));
            return object;
        }
        if ("array".equals(type)) {
            ArrayNode array = NODES.arrayNode();
            array.add(sample(schema.path("items")));
            return array;
        }
        Object value = scalar(schema);
        return value instanceof Long n ? NODES.numberNode(n)
                : value instanceof Boolean b ? NODES.booleanNode(b) : NODES.textNode(value.toString());
    }

    public static Object scalar(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.has("example") && !schema.get("example").isContainerNode()) {
            return schema.get("example").asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> Math.max(1, schema.path("minimum").asLong(1));
            case "boolean" -> true;
            default -> switch (schema.path("format").asText()) {
                case "date-time" -> "2026-12-01T09:00:00+08:00";
                case "date" -> "2026-12-01";
                default -> "a".repeat(Math.max(3, schema.path("minLength").asInt(0)));
            };
        };
    }

    public static String invalidScalar(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> "not-a-number";
            case "boolean" -> "maybe";
            default -> schema.has("enum") ? "NO_SUCH_VALUE"
                    : schema.has("maxLength") ? "x".repeat(schema.get("maxLength").asInt() + 1)
                    : schema.has("format") ? "not-a-" + schema.get("format").asText() : "";
        };
    }

    /** A multipart body (boundary {@link #BOUNDARY}) with a small PNG for each binary part and "a" for the others. */
    public byte[] multipart(Operation op) {
        JsonNode schema = resolve(content(op).get("multipart/form-data").path("schema"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        schema.path("properties").fields().forEachRemaining(p -> {
            boolean file = "binary".equals(p.getValue().path("format").asText());
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.getKey() + "\""
                    + (file ? "; filename=\"matrix.png\"\r\nContent-Type: image/png" : "") + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file ? new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}
                    : "a".getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
