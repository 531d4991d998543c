package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.support.Api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Requests the business tests share: a bind body, a bind, and a registry upload as multipart. */
final class BusinessTestKit {

    static final String IMPORT = "/api/v1/admin/businesses/import";
    static final String ME = "/api/v1/me/business";
    static final String CSV_HEADER = "统一社会信用代码,名称,经营者,主体类型,行业,乡镇,成立日期,纳税人类型\n";

    private BusinessTestKit() {
    }

    /** A valid claim: an individual retail business in 巴彦高勒镇. Change fields with {@code put}. */
    static Map<String, Object> claim(String uscc, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("uscc", uscc);
        body.put("name", name);
        body.put("operatorName", "张三");
        body.put("kind", "INDIVIDUAL");
        body.put("industry", "F");
        body.put("township", "BYGL");
        return body;
    }

    static Api.Response bind(Api api, String ownerToken, String uscc, String name) {
        return api.post(ME, ownerToken, claim(uscc, name));
    }

    /** A bound business's id (asserting the bind worked). */
    static long bindOk(Api api, String ownerToken, String uscc, String name) {
        Api.Response r = bind(api, ownerToken, uscc, name);
        if (r.status() != 201) {
            throw new AssertionError("bind failed: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asLong();
    }

    static Api.Response upload(Api api, String token, String filename, byte[] content) {
        String boundary = "----bizservice-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.raw("POST", IMPORT, token, body.toByteArray(), "multipart/form-data; boundary=" + boundary,
                new HashMap<>());
    }

    /** Uploads {@link #CSV_HEADER} followed by the given lines as a UTF-8 CSV. */
    static Api.Response importCsv(Api api, String token, String... lines) {
        return upload(api, token, "registry.csv",
                (CSV_HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A name no other test uses, so list filters can be scoped to one test's businesses. */
    static String marker() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
