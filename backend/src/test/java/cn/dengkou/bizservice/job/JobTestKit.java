package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Job requests, uploads, and owners with businesses written straight to the shared database. */
final class JobTestKit {

    static final String ADMIN = "/api/v1/admin/jobs";
    static final String PUBLIC = "/api/v1/jobs";
    static final String IMPORT = ADMIN + "/import";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Api api;
    private final JdbcTemplate jdbc;

    JobTestKit(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** A word no other test uses: put it in a title and search for it to see only this test's jobs. */
    static String marker() {
        return "jm" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid body (a seasonal job in 隆盛合镇 until {@code until}); change what a test needs. */
    static Map<String, Object> job(String title, LocalDate until) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("employer", "磴口县华莱士农业公司");
        m.put("township", "LSH");
        m.put("industry", "A");
        m.put("type", "SEASONAL");
        m.put("headcount", 30);
        m.put("salaryMin", 3000);
        m.put("salaryMax", 4500);
        m.put("salaryNegotiable", false);
        m.put("requirements", "身体健康，能吃苦");
        m.put("benefits", "包食宿");
        m.put("description", "葵花籽分拣，按件计酬");
        m.put("contactName", "王经理");
        m.put("contactPhone", "13912345678");
        m.put("validUntil", until.toString());
        return m;
    }

    long create(String token, Map<String, Object> body) {
        Api.Response r = api.post(ADMIN, token, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("OPEN");
        return r.json().get("id").asLong();
    }

    long userId(String token) {
        return api.get("/api/v1/me", token).json().get("id").asLong();
    }

    /** Gives the owner behind {@code token} a business in this township and status; returns the business id. */
    long bind(String token, String township, String status) {
        long userId = userId(token);
        LocalDateTime now = LocalDateTime.now();
        String uscc = String.format("JB%016d", SEQ.incrementAndGet());
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status,"
                        + " owner_user_id, created_at, updated_at) VALUES ('150822', ?, ?, '赵六', 'ENTERPRISE', 'A', ?, ?, ?, ?, ?)",
                uscc, "岗位测试商户" + userId, township, status, userId, now, now);
        return jdbc.queryForObject("SELECT id FROM business WHERE uscc = ?", Long.class, uscc);
    }

    /** A multipart upload of {@code file} with extra form fields. */
    Api.Response upload(String token, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----job-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.raw("POST", IMPORT, token, body.toByteArray(), "multipart/form-data; boundary=" + boundary,
                new HashMap<>());
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM job WHERE id = ?", id);
    }
}
