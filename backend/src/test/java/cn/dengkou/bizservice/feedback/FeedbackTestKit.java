package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.MutableClock;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** A VERIFIED business of the county in the township, bound to {@code ownerId}; its id. */
    static long business(JdbcTemplate jdbc, String county, String township, long ownerId) {
        LocalDateTime now = LocalDateTime.now();
        String uscc = String.format("FB%016d", SEQ.incrementAndGet());
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id,"
                + " created_at, updated_at) VALUES (?, ?, ?, '赵六', 'INDIVIDUAL', 'F', ?, 'VERIFIED', ?, ?, ?)",
                county, uscc, "走访测试商户" + uscc.substring(10), township, ownerId, now, now);
        return jdbc.queryForObject("SELECT id FROM business WHERE uscc = ?", Long.class, uscc);
    }

    long userId(String token) {
        return api.get("/api/v1/me", token).json().get("id").asLong();
    }

    /** The ids of a list answer's items (expecting 200). */
    static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    /** Downloads a spreadsheet (checked against the API document) and opens it; expects 200. */
    XSSFWorkbook workbook(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        ApiContract.verify("GET", path, r.statusCode(), r.headers(), r.body());
        assertThat(r.statusCode()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    }

    /** Sets the shared test clock to this Asia/Shanghai wall-clock time ({@code 2026-10-09T10:00:00}). */
    static void at(MutableClock clock, String isoLocal) {
        clock.setInstant(OffsetDateTime.parse(isoLocal + "+08:00").toInstant());
    }

    static Map<String, Object> text(String content) {
        return Map.of("content", content);
    }
}
