package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.support.Api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Feedback requests as the mini program and the staff console send them. */
final class FeedbackTestKit {

    static final String SUBMIT = "/api/v1/feedback";
    static final String ADMIN = "/api/v1/admin/feedback";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    private final Api api;

    FeedbackTestKit(Api api) {
        this.api = api;
    }

    static Map<String, Object> body(String category, String content) {
        Map<String, Object> m = new HashMap<>();
        m.put("category", category);
        m.put("content", content);
        m.put("images", List.of());
        m.put("contactPhone", "13800001234");
        m.put("hideIdentity", false);
        return m;
    }

    Api.Response submit(String owner, Map<String, Object> body) {
        return api.post(SUBMIT, owner, body);
    }

    /** A FINANCING ticket (default department FINOFFICE) that WeChat passes. */
    long submitOk(String owner) {
        return submitOk(owner, body("FINANCING", "想申请创业担保贷款，银行说需要担保人，找不到怎么办？"));
    }

    long submitOk(String owner, Map<String, Object> body) {
        Api.Response r = submit(owner, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("SUBMITTED");
        return r.json().get("id").asLong();
    }

    Api.Response image(String owner, String filename, byte[] content) {
        String boundary = "----b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.raw("POST", SUBMIT + "/images", owner, body.toByteArray(), "multipart/form-data; boundary=" + boundary,
                Map.of());
    }

    Api.Response action(String staff, long id, String action, Object body) {
        return api.post(ADMIN + "/" + id + "/" + action, staff, body);
    }

    /** Performs the action and expects 200 with the status it leads to. */
    void actionOk(String staff, long id, String action, Object body, String status) {
        Api.Response r = action(staff, id, action, body);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo(status);
    }

    Api.Response staffGet(String staff, long id) {
        return api.get(ADMIN + "/" + id, staff);
    }

    Api.Response ownerGet(String owner, long id) {
        return api.get(SUBMIT + "/" + id, owner);
    }

    static Map<String, Object> text(String content) {
        return Map.of("content", content);
    }
}
