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
