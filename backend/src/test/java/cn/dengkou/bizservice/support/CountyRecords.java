package cn.dengkou.bizservice.support;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records of one county, made the way the app makes them (through the endpoints, by that county's staff, where there
 * is an endpoint), for tests in a {@link TwoCountyDeployment}. Each method returns the new record's id. Staff and
 * owners are cached per county and role; call {@link TestUsers#disableCountyStaff} after the test.
 */
public class CountyRecords {

    public static final String DENGKOU = "150822";
    public static final String HANGJIN = "150826";
    public static final String PREFECTURE = "150800";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Api api;
    private final TestUsers users;
    private final JdbcTemplate jdbc;
    private final PushTasks pushTasks;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<Long> townships = new ArrayList<>();

    public CountyRecords(Api api, TestUsers users, JdbcTemplate jdbc, PushTasks pushTasks) {
        this.api = api;
        this.users = users;
        this.jdbc = jdbc;
        this.pushTasks = pushTasks;
    }

    /** A staff member of this division with this one role (DEPARTMENT: of TAX, the notices' department here). */
    public String staff(String county, Role role) {
        return tokens.computeIfAbsent(county + "/" + role, k ->
                users.staffInCounty(county, role == Role.DEPARTMENT ? "TAX" : null, role));
    }

    /** An owner whose VERIFIED business is of this county. */
    public String owner(String county) {
        return tokens.computeIfAbsent(county + "/OWNER", k -> {
            String token = users.newOwnerToken();
            business(county, userId(token), "VERIFIED");
            return token;
        });
    }

    public long userId(String token) {
        return api.get("/api/v1/me", token).json().get("id").asLong();
    }

    /** A valid notice request for TAX, to everyone, with these attachments. */
    public static Map<String, Object> noticeBody(List<Long> attachments) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("title", "区县隔离测试通知" + SEQ.incrementAndGet());
        notice.put("summary", "摘要");
        notice.put("body", "<p>正文</p>");
        notice.put("category", "FISCAL_TAX");
        notice.put("departments", List.of("TAX"));
        notice.put("audience", Map.of());
        notice.put("attachments", attachments);
        return notice;
    }

    /** A DRAFT notice for TAX written by the county's ASSOCIATION staff. */
    public long draftNotice(String county) {
        return created(api.post("/api/v1/admin/notices", staff(county, Role.ASSOCIATION), noticeBody(List.of())));
    }

    /** A notice published (without a push) by the county's ASSOCIATION staff. */
    public long publishedNotice(String county) {
        long id = draftNotice(county);
        Api.Response r = api.post("/api/v1/admin/notices/" + id + "/publish", staff(county, Role.ASSOCIATION),
                Map.of("push", false));
        check(r, 200);
        return id;
    }

    /** A PENDING business of the county, with an owner of its own. */
    public long business(String county) {
        return business(county, userId(users.newOwnerToken()), "PENDING");
    }

    private long business(String county, long ownerId, String status) {
        String uscc = String.format("CI%016d", SEQ.incrementAndGet());
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id,"
                + " created_at, updated_at) VALUES (?, ?, ?, '赵六', 'INDIVIDUAL', 'F', 'DK', ?, ?, ?, ?)", county, uscc,
                "区县隔离测试商户" + uscc, status, ownerId, now, now);
        return jdbc.queryForObject("SELECT id FROM business WHERE uscc = ?", Long.class, uscc);
    }

    /** A push task of a draft notice of the county, scheduled a month ahead (so it waits, and may be cancelled). */
    public long pushTask(String county) {
        long notice = draftNotice(county);
        return pushTask(county, "NOTICE", notice);
    }

    /** A scheduled push task of this county (null: of no county) to one owner, for the source {@code refType}:{@code refId}. */
    public long pushTask(String county, String refType, long refId) {
        long owner = userId(owner(county == null ? DENGKOU : county));
        return pushTasks.create(PushRequest.of("notice", refType, refId, "区县隔离测试推送", "摘要",
                        "/pages/notice/detail?id=" + refId, Map.of("thing1", "区县隔离测试", "time2", "2026年12月01日 09:00"),
                        Recipients.users(List.of(owner)))
                .scheduledAt(LocalDateTime.now().plusDays(30)).county(county)).id();
    }

    /** A staff account (ASSOCIATION) of the county. */
    public long staffAccount(String county) {
        return userId(users.staffInCounty(county, Role.ASSOCIATION));
    }

    /** A PNG uploaded by the county's ASSOCIATION staff and attached to nothing. */
    public long upload(String county) {
        return created(api.upload("/api/v1/admin/uploads", staff(county, Role.ASSOCIATION), "区县隔离.png", PNG));
    }

    /**
     * A township of the county, added by the county's ADMIN (townships are the per-county dictionary); {@link
     * #dropTownships} removes them again, since the suite's other context lists 150822's townships in its reports.
     */
    public long township(String county) {
        long id = created(api.post("/api/v1/admin/dictionaries/townships/entries", staff(county, Role.ADMIN),
                Map.of("code", "T" + SEQ.incrementAndGet(), "name", "隔离测试镇" + SEQ.incrementAndGet())));
        townships.add(id);
        return id;
    }

    /** Deletes the townships {@link #township} made (the caller tells {@code Dictionaries} they changed). */
    public boolean dropTownships() {
        townships.forEach(id -> jdbc.update("DELETE FROM dictionary_item WHERE id = ?", id));
        boolean any = !townships.isEmpty();
        townships.clear();
        return any;
    }

    /** A township of the county that every test database has (V1's 渡口镇, the test seed's 陕坝镇). */
    public static String townshipOf(String county) {
        return HANGJIN.equals(county) ? "SHB" : "DK";
    }

    /** An OPEN job posted by the county's HR staff. */
    public long job(String county) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "区县隔离测试岗位");
        body.put("employer", "区县隔离测试用人单位");
        body.put("township", townshipOf(county));
        body.put("industry", "A");
        body.put("type", "SEASONAL");
        body.put("headcount", 3);
        body.put("salaryMin", 3000);
        body.put("salaryMax", 4000);
        body.put("contactName", "王经理");
        body.put("contactPhone", "13912345678");
        body.put("validUntil", LocalDate.now().plusMonths(3).toString());
        return created(api.post("/api/v1/admin/jobs", staff(county, Role.HR), body));
    }

    /** A SUBMITTED hiring need of the county's owner. */
    public long hiringNeed(String county) {
        return created(api.post("/api/v1/me/hiring-needs", owner(county), Map.of(
                "positions", List.of(Map.of("title", "区县隔离测试工", "headcount", 2)),
                "township", townshipOf(county), "deadline", LocalDate.now().plusMonths(1).toString(),
                "contactName", "孙会计", "contactPhone", "13700001111")));
    }

    /** A job seeker's profile (a graduate) in the county; its id is its user's. */
    public long jobSeeker(String county) {
        String token = users.newOwnerToken();
        check(api.put("/api/v1/me/job-seeker", token, Map.of("county", county, "situation", "GRADUATE",
                "preferences", Map.of("townships", List.of(townshipOf(county))))), 200);
        return userId(token);
    }

    /** A job-alert digest sent to the county's owner: they subscribe to the county's jobs, then one is posted. */
    public long jobAlertDigest(String county) {
        check(api.put("/api/v1/me/job-alert", owner(county), Map.of("county", county,
                "preferences", Map.of("townships", List.of(townshipOf(county))))), 200);
        long job = job(county);
        return jdbc.queryForObject("SELECT d.digest_id FROM job_alert_digest_job d WHERE d.job_id = ?", Long.class, job);
    }

    /** A published event of the county's ASSOCIATION staff, 100 seats, the county's owner ({@link #owner}) registered. */
    public long publishedEvent(String county) {
        LocalDateTime now = LocalDateTime.now();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "区县隔离测试活动");
        body.put("kind", "TRAINING");
        body.put("description", "<p>培训</p>");
        body.put("startAt", at(now.plusDays(3)));
        body.put("endAt", at(now.plusDays(3).plusHours(2)));
        body.put("location", Map.of("address", "镇政府会议室", "township", townshipOf(county),
                "latitude", 40.33, "longitude", 107.02));
        body.put("capacity", 100);
        body.put("registrationDeadline", at(now.plusDays(2)));
        String staff = staff(county, Role.ASSOCIATION);
        long id = created(api.post("/api/v1/admin/events", staff, body));
        check(api.post("/api/v1/admin/events/" + id + "/publish", staff, null), 200);
        check(api.post("/api/v1/events/" + id + "/registrations", owner(county), Map.of()), 201); // its owner's seat
        return id;
    }

    private static String at(LocalDateTime t) {
        return t.withNano(0).atOffset(java.time.ZoneOffset.ofHours(8)).toString();
    }

    /** A feedback ticket of a new owner of the county (the daily limit is per owner). */
    public long feedbackTicket(String county) {
        String token = users.newOwnerToken();
        business(county, userId(token), "VERIFIED");
        return feedback(token);
    }

    /** A feedback ticket of the county's owner ({@link #owner}), for the owner's own operations. */
    public long ownFeedbackTicket(String county) {
        return feedback(owner(county));
    }

    private long feedback(String token) {
        return created(api.post("/api/v1/feedback", token, Map.of("category", "POLICY", "images", List.of(),
                "content", "区县隔离测试：想了解本县的个体工商户扶持政策", "hideIdentity", false)));
    }

    /** A published notice of the county opened for comment for five days. */
    public long consultation(String county) {
        long notice = publishedNotice(county);
        check(api.post("/api/v1/admin/consultations", staff(county, Role.ASSOCIATION), Map.of("noticeId", notice,
                "deadline", LocalDateTime.now().plusDays(5).withNano(0).toString())), 201);
        return notice;
    }

    /** An overdue digest for the county's association (written as the daily job writes it). */
    public long feedbackAlert(String county) {
        String key = "isolation:" + SEQ.incrementAndGet();
        jdbc.update("INSERT INTO feedback_alert (county, department, ticket_id, kind, title, summary, dedup_key,"
                + " created_at) VALUES (?, NULL, NULL, 'DIGEST', '区县隔离测试督办', '无', ?, ?)", county, key,
                LocalDateTime.now());
        return jdbc.queryForObject("SELECT id FROM feedback_alert WHERE dedup_key = ?", Long.class, key);
    }

    /** A visit by the county's ASSOCIATION staff to a business of the county. */
    public long visit(String county) {
        return created(api.post("/api/v1/admin/visits", staff(county, Role.ASSOCIATION), Map.of(
                "businessId", business(county), "visitedOn", LocalDate.now().toString(), "visitors", "张三",
                "discussed", "了解经营情况", "problems", "无", "helpGiven", "宣讲政策")));
    }

    private static long created(Api.Response r) {
        check(r, 201);
        return r.json().get("id").asLong();
    }

    private static void check(Api.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("fixture call answered " + r.status() + ": " + r.body());
        }
    }
}
