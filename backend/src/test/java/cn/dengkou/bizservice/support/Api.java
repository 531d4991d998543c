package cn.dengkou.bizservice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A small HTTP client for tests: real requests to the app on its random port. Every answer is checked
 * against the committed OpenAPI document ({@link ApiContract}) before the test sees it.
 */
public class Api {

    public record Response(int status, HttpHeaders headers, String body, JsonNode json) {
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The problem's stable code, or null when the body is not a problem. */
        public String code() {
            return json == null || !json.has("code") ? null : json.get("code").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    private Environment env;

    /** null: the committed document. */
    private ApiContract contract;

    /** The same client checking answers against another document (to prove the check is on). */
    public Api withContract(ApiContract other) {
        Api copy = new Api();
        copy.env = env;
        copy.contract = other;
        return copy;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + env.getProperty("local.server.port");
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    /** GETs a file (an Excel export) as bytes, checked against the contract like every answer; 200 or it throws. */
    public byte[] download(String path, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            (contract == null ? ApiContract.committed() : contract).check("GET", path, r.statusCode(), r.headers(), r.body());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, null, Map.of());
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, null, Map.of());
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, null, Map.of());
    }

    /** Sends raw bytes (malformed JSON, huge bodies, multipart) with the given content type. */
    /** POSTs one file as the multipart field {@code file} (how staff upload attachments). */
    public Response upload(String path, String token, String filename, byte[] content) {
        String boundary = "----b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return raw("POST", path, token, body.toByteArray(), "multipart/form-data; boundary=" + boundary, Map.of());
    }

    public Response raw(String method, String path, String token, byte[] body, String contentType, Map<String, String> headers) {
        return send(method, path, token, body, contentType, headers);
    }

    public Response send(String method, String path, String token, Object body, String contentType,
                         Map<String, String> headers) {
        try {
            HttpRequest.BodyPublisher publisher;
            String type = contentType;
            if (body == null) {
                publisher = HttpRequest.BodyPublishers.noBody();
            } else if (body instanceof byte[] bytes) {
                publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
            } else if (body instanceof String s) {
                publisher = HttpRequest.BodyPublishers.ofString(s);
                type = type == null ? "application/json" : type;
            } else {
                publisher = HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
                type = type == null ? "application/json" : type;
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, publisher);
            if (type != null) {
                b.header("Content-Type", type);
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            (contract == null ? ApiContract.committed() : contract)
                    .check(method, path, r.statusCode(), r.headers(), r.body().getBytes(StandardCharsets.UTF_8));
            JsonNode json = null;
            String ct = r.headers().firstValue("Content-Type").orElse("");
            if (ct.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), r.headers(), r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
