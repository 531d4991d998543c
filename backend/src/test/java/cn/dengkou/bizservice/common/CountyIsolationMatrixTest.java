package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiOperations;
import cn.dengkou.bizservice.support.ApiOperations.Operation;
import cn.dengkou.bizservice.support.CountyRecords;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static cn.dengkou.bizservice.support.CountyRecords.DENGKOU;
import static cn.dengkou.bizservice.support.CountyRecords.HANGJIN;
import static cn.dengkou.bizservice.support.CountyRecords.PREFECTURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * County isolation, generated from the OpenAPI document the app serves, in a deployment of 磴口县 (A) and 杭锦后旗 (B).
 * Every operation with a record in its path is called by A's callers of every role it allows (staff of A; for owner
 * operations an owner bound in A) with B's record: each must answer 404 (or what {@link #OTHER_COUNTY} says) and
 * leave the record as it was; prefecture staff (for owner operations, B's own owner) reach B's record and A's (not
 * 404). Every staff list is read by A's staff of each allowed role, page by page: no B row may appear, while the
 * prefecture's list shows B's newest. An operation with a path parameter or a staff list this test does not know
 * fails: a new feature registers its records in {@link #records} (one line each).
 */
@TwoCountyDeployment
class CountyIsolationMatrixTest {

    private static final String A = DENGKOU;
    private static final String B = HANGJIN;
    private static final Set<String> STAFF_ROLES = Set.of("ADMIN", "ASSOCIATION", "DEPARTMENT", "HR");

    /** The answer to A's callers for B's record where it is not 404, and why. */
    private static final Map<String, Integer> OTHER_COUNTY = Map.of(
            "DELETE /api/v1/me/favorites/notices/{id}", 204, // idempotent: 204 whether or not it was a favourite
            // an open job is public, for job seekers of any county (a guest opens a shared link); staff are not
            // bound owners, who read their own county's jobs only (TwoCountyJobTest)
            "GET /api/v1/jobs/{id}", 200,
            "POST /api/v1/jobs/{id}/contact", 200,
            // a published event is public too (a guest opens a shared link); bound owners: TwoCountyEventTest
            "GET /api/v1/events/{id}", 200,
            // an open consultation's title and deadline are public like its notice; commenting is the audience's
            "GET /api/v1/consultations/{noticeId}", 200);

    /** Path prefixes whose parameter names no county's record, and where their scoping is tested instead. */
    private static final Map<String, String> NOT_COUNTY_RECORDS = Map.ofEntries(
            Map.entry("/api/v1/me/messages/", "an owner's own inbox message (another owner's id: 404, InboxTest)"),
            Map.entry("/api/v1/dictionaries/", "a dictionary name; county= picks the county's entries (TwoCountyDeploymentTest)"),
            Map.entry("/api/v1/admin/dictionaries/", "a dictionary name; county= picks the county's entries, adding one in another"
                    + " county is 403 COUNTY_FORBIDDEN (TwoCountyDictionaryTest)"),
            Map.entry("/api/v1/admin/dictionaries", "the dictionaries' names, the same for every county"),
            Map.entry("/api/v1/admin/working-calendar/", "a day of the statutory holiday calendar every county shares"),
            Map.entry("/api/v1/admin/working-calendar", "the statutory holiday calendar every county shares"),
            Map.entry("/api/v1/admin/feedback-categories/", "a feedback category's department and SLAs, shared by every county"
                    + " like the category dictionary (FeedbackCategoryTest)"),
            Map.entry("/api/v1/admin/feedback-categories", "the feedback categories' settings, shared by every county"));

    /** Staff reads that are sums over the caller's counties, or files, not pages of records. */
    private static final Set<String> AGGREGATES = Set.of("/api/v1/admin/job-stats", "/api/v1/admin/job-stats.xlsx",
            "/api/v1/admin/events/stats", "/api/v1/admin/events/stats.xlsx", "/api/v1/admin/feedback/stats",
            "/api/v1/admin/feedback/stats.xlsx", "/api/v1/admin/visits/export.xlsx");

    /**
     * A kind of county record behind a path prefix: how to make one in a county, and the row (with what hangs on it)
     * that must not change when another county's caller calls it.
     */
    record Kind(Function<String, Long> create, String table, String stateSql, String idColumn, String idField) {
        Kind(Function<String, Long> create, String table, String stateSql) {
            this(create, table, stateSql, "id", "id");
        }

        Kind(Function<String, Long> create, String table) {
            this(create, table, "SELECT * FROM " + table + " WHERE id = ?");
        }

        /** A record keyed by another column (a job seeker's profile by its user), listed under another field. */
        static Kind keyedBy(Function<String, Long> create, String table, String idColumn, String idField) {
            return new Kind(create, table, "SELECT * FROM " + table + " WHERE " + idColumn + " = ?", idColumn, idField);
        }
    }

    /** Path prefix of an {@code {id}} operation, or a staff list's path → its kind of record. */
    private Map<String, Kind> records() {
        Kind draft = new Kind(records::draftNotice, "notice");
        Map<String, Kind> m = new LinkedHashMap<>();
        m.put("/api/v1/admin/notices/", draft);
        m.put("/api/v1/notices/", draft); // a staff preview of a draft
        m.put("/api/v1/me/favorites/notices/", new Kind(records::publishedNotice, "notice",
                "SELECT n.*, (SELECT COUNT(*) FROM notice_favorite f WHERE f.notice_id = n.id) AS favorites FROM notice n WHERE n.id = ?"));
        m.put("/api/v1/admin/businesses/", new Kind(records::business, "business",
                "SELECT b.*, (SELECT GROUP_CONCAT(tag ORDER BY tag) FROM business_tag t WHERE t.business_id = b.id) AS tags"
                        + " FROM business b WHERE b.id = ?"));
        m.put("/api/v1/admin/push-tasks/", new Kind(records::pushTask, "push_task"));
        m.put("/api/v1/admin/staff/", new Kind(records::staffAccount, "app_user"));
        m.put("/api/v1/files/", new Kind(records::upload, "stored_file"));
        m.put("/api/v1/admin/dictionaries/entries/", new Kind(records::township, "dictionary_item"));
        Kind job = new Kind(records::job, "job");
        m.put("/api/v1/admin/jobs/", job);
        m.put("/api/v1/jobs/", job); // public: another county's job is not found, and its contact is not revealed
        Kind need = new Kind(records::hiringNeed, "hiring_need");
        m.put("/api/v1/admin/hiring-needs/", need);
        m.put("/api/v1/me/hiring-needs/", need);
        Kind seeker = Kind.keyedBy(records::jobSeeker, "job_seeker", "user_id", "userId");
        m.put("/api/v1/admin/job-seekers/", seeker);
        m.put("/api/v1/me/job-alert/digests/", new Kind(records::jobAlertDigest, "job_alert_digest"));
        Kind event = new Kind(records::publishedEvent, "event");
        m.put("/api/v1/admin/events/", event);
        m.put("/api/v1/events/", event);
        m.put("/api/v1/admin/feedback/", new Kind(records::feedbackTicket, "feedback_ticket"));
        m.put("/api/v1/feedback/", new Kind(records::ownFeedbackTicket, "feedback_ticket"));
        Kind consultation = new Kind(records::consultation, "notice",
                "SELECT n.*, (SELECT COUNT(*) FROM feedback_opinion o WHERE o.notice_id = n.id) AS opinions"
                        + " FROM notice n WHERE n.id = ?");
        m.put("/api/v1/admin/consultations/", consultation);
        m.put("/api/v1/consultations/", consultation);
        // staff lists
        m.put("/api/v1/admin/notices", draft);
        m.put("/api/v1/admin/businesses", m.get("/api/v1/admin/businesses/"));
        m.put("/api/v1/admin/push-tasks", m.get("/api/v1/admin/push-tasks/"));
        m.put("/api/v1/admin/staff", m.get("/api/v1/admin/staff/"));
        m.put("/api/v1/admin/audit", new Kind(records::draftNotice, "audit_entry")); // a new notice writes its CREATE entry
        m.put("/api/v1/admin/jobs", job);
        m.put("/api/v1/admin/hiring-needs", need);
        m.put("/api/v1/admin/job-seekers", seeker);
        m.put("/api/v1/admin/events", event);
        m.put("/api/v1/admin/feedback", m.get("/api/v1/admin/feedback/"));
        m.put("/api/v1/admin/feedback/alerts", new Kind(records::feedbackAlert, "feedback_alert"));
        m.put("/api/v1/admin/visits", new Kind(records::visit, "feedback_visit"));
        // county sums: another county's new record changes nothing a county's staff read
        m.put("/api/v1/admin/job-stats", job);
        m.put("/api/v1/admin/job-stats.xlsx", job);
        m.put("/api/v1/admin/events/stats", event);
        m.put("/api/v1/admin/events/stats.xlsx", event);
        m.put("/api/v1/admin/feedback/stats", m.get("/api/v1/admin/feedback/"));
        m.put("/api/v1/admin/feedback/stats.xlsx", m.get("/api/v1/admin/feedback/"));
        m.put("/api/v1/admin/visits/export.xlsx", m.get("/api/v1/admin/visits"));
        return m;
    }

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PushTasks pushTasks;
    @Autowired
    Dictionaries dictionaries;

    CountyRecords records;

    @BeforeEach
    void fixtures() {
        records = new CountyRecords(api, users, jdbc, pushTasks);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff(); // after the factory and after each @Test
        if (records.dropTownships()) {
            dictionaries.changed(); // the other context drops the renamed and reordered entries too
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationKeepsAnotherCountysRecordsOut() {
        ApiOperations doc = new ApiOperations(api.get("/v3/api-docs", null).json());
        Map<String, Kind> kinds = records();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : doc.all()) {
            List<String> roles = op.roles();
            boolean staffList = op.method().equals("get") && !op.hasPathParameter() && !roles.isEmpty()
                    && STAFF_ROLES.containsAll(roles);
            if (!op.hasPathParameter() && !staffList) {
                continue; // no record in its path, not a staff list (creates, public lists, the caller's own)
            }
            String title = op.where() + " " + roles;
            if (NOT_COUNTY_RECORDS.containsKey(op.idPrefix())) {
                tests.add(DynamicTest.dynamicTest(title + ": " + NOT_COUNTY_RECORDS.get(op.idPrefix()), () -> { }));
                continue;
            }
            Kind kind = kinds.get(op.idPrefix());
            if (kind == null) {
                tests.add(DynamicTest.dynamicTest(title, () -> fail("%s: register how to make its record in a county in"
                        + " CountyIsolationMatrixTest.records()", op.where())));
                continue;
            }
            tests.add(DynamicTest.dynamicTest(title, !staffList ? () -> record(doc, op, kind)
                    : AGGREGATES.contains(op.path()) ? () -> aggregate(doc, op, kind) : () -> list(op, kind)));
        }
        return tests.stream();
    }

    /** The roles whose callers try the operation: its staff roles (every one for a public operation), or OWNER. */
    private static List<String> callerRoles(List<String> roles) {
        if (roles.contains("PUBLIC") || roles.contains("AUTHENTICATED")) {
            return STAFF_ROLES.stream().sorted().toList();
        }
        return roles.stream().filter(r -> STAFF_ROLES.contains(r) || r.equals("OWNER")).toList();
    }

    private String caller(String county, String role) {
        return role.equals("OWNER") ? records.owner(county) : records.staff(county, Role.valueOf(role));
    }

    /** Who reaches every county's record: prefecture staff (ADMIN where allowed), or the record county's own owner. */
    private String reaching(List<String> roles, String recordCounty) {
        List<String> callers = callerRoles(roles);
        if (callers.contains("OWNER")) {
            return records.owner(recordCounty);
        }
        return records.staff(PREFECTURE, Role.valueOf(callers.contains("ADMIN") ? "ADMIN" : callers.get(0)));
    }

    private void record(ApiOperations doc, Operation op, Kind kind) {
        long theirs = kind.create().apply(B);
        Map<String, Object> before = jdbc.queryForMap(kind.stateSql(), theirs);
        int expected = OTHER_COUNTY.getOrDefault(op.where(), 404);
        List<String> wrong = new ArrayList<>();
        Set<String> notFound = new HashSet<>();
        for (String role : callerRoles(op.roles())) {
            Api.Response r = call(doc, op, caller(A, role), theirs);
            if (r.status() != expected) {
                wrong.add(role + " of " + A + " → " + r.status() + " " + r.body());
            } else if (r.status() == 404) {
                notFound.add(r.code());
            }
        }
        Map<String, Object> after = jdbc.queryForMap(kind.stateSql(), theirs);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(wrong).as("%s with %s's record %d must answer %d", op.where(), B, theirs, expected).isEmpty();
            if (expected >= 400) { // a public record's reader may leave a trace (a revealed contact is counted)
                soft.assertThat(after).as("%s changed nothing", op.where()).isEqualTo(before);
            }
        });

        for (long id : new long[]{theirs, kind.create().apply(A)}) {
            String county = id == theirs ? B : A;
            Api.Response r = call(doc, op, reaching(op.roles(), county), id);
            // found: anything but the record's own 404 (a sub-record the path also names may not exist)
            assertThat(r.status() == 404 && (notFound.isEmpty() || notFound.contains(r.code())))
                    .as("%s reaches %s's record %d: %s", op.where(), county, id, r.body()).isFalse();
        }
    }

    private Api.Response call(ApiOperations doc, Operation op, String token, long id) {
        String path = op.fill(Long.toString(id)) + doc.query(doc.parameters(op), true);
        JsonNode content = doc.content(op);
        if (content.has("application/json")) {
            return api.raw(op.method().toUpperCase(), path, token, doc.jsonBody(op), "application/json", Map.of());
        }
        if (content.has("multipart/form-data")) {
            return api.raw(op.method().toUpperCase(), path, token, doc.multipart(op),
                    "multipart/form-data; boundary=" + ApiOperations.BOUNDARY, Map.of());
        }
        return api.raw(op.method().toUpperCase(), path, token, null, null, Map.of());
    }

    private void list(Operation op, Kind kind) {
        kind.create().apply(B);
        Long newest = jdbc.queryForObject("SELECT MAX(" + kind.idColumn() + ") FROM " + kind.table()
                + " WHERE county = ?", Long.class, B);
        Set<Long> theirs = new HashSet<>(jdbc.queryForList("SELECT " + kind.idColumn() + " FROM " + kind.table()
                + " WHERE county = ?",
                Long.class, B));
        for (String role : callerRoles(op.roles())) {
            List<Long> seen = ids(op.path(), caller(A, role), null, kind.idField());
            assertThat(seen).as("%s as %s of %s lists none of %s's rows", op.where(), role, A, B)
                    .doesNotContainAnyElementsOf(theirs);
        }
        assertThat(ids(op.path(), reaching(op.roles(), B), newest, kind.idField())).as("%s as prefecture staff", op.where())
                .contains(newest);
    }

    /**
     * A county sum (or a file of one): what each of A's callers reads does not move when B gets a record, while the
     * prefecture's does.
     */
    private void aggregate(ApiOperations doc, Operation op, Kind kind) {
        // required parameters only (an optional filter would hide the new record), and a period around today
        List<JsonNode> required = doc.parameters(op).stream().filter(p -> p.path("required").asBoolean()).toList();
        String path = op.path() + doc.query(required, true)
                .replaceAll("\\bfrom=[^&]*", "from=" + LocalDate.now().minusMonths(6))
                .replaceAll("\\bto=[^&]*", "to=" + LocalDate.now().plusMonths(6));
        Map<String, String> before = new LinkedHashMap<>();
        for (String role : callerRoles(op.roles())) {
            before.put(role, readable(path, caller(A, role)));
        }
        String prefecture = readable(path, reaching(op.roles(), B));
        kind.create().apply(B);
        for (String role : callerRoles(op.roles())) {
            assertThat(readable(path, caller(A, role))).as("%s as %s of %s after %s got a record", op.where(),
                    role, A, B).isEqualTo(before.get(role));
        }
        assertThat(readable(path, reaching(op.roles(), B))).as("%s as prefecture staff", op.where())
                .isNotEqualTo(prefecture);
    }

    /** The answer's content: JSON as is, a workbook as its cells' text (the file's own timestamps aside). */
    private String readable(String path, String token) {
        if (!path.contains(".xlsx")) {
            Api.Response r = api.get(path, token);
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
            return r.json().toString();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(api.download(path, token)))) {
            StringBuilder text = new StringBuilder();
            DataFormatter format = new DataFormatter();
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell))
                    .append('\t'))));
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every id the list shows, page by page (until {@code wanted} is seen, when given). */
    private List<Long> ids(String path, String token, Long wanted) {
        return ids(path, token, wanted, "id");
    }

    private List<Long> ids(String path, String token, Long wanted, String field) {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            Api.Response r = api.get(path + "?size=100&page=" + page, token);
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
            JsonNode items = r.json().get("items");
            items.forEach(i -> ids.add(i.get(field).asLong()));
            if (items.size() < 100 || (wanted != null && ids.contains(wanted))) {
                return ids;
            }
        }
    }

    /**
     * A push task without a county (a source that names none) belongs to no county: county staff, ADMIN included, do
     * not find it; prefecture staff do, as far as the task's source lets them (ADMIN any; ASSOCIATION a notice's).
     */
    @Test
    void aPushTaskOfNoCountyIsSeenByPrefectureStaffOnly() {
        String tasks = "/api/v1/admin/push-tasks";
        long noticeTask = records.pushTask(null, "NOTICE", records.draftNotice(A));
        long unguarded = records.pushTask(null, "TEST_SOURCE", 1);
        for (long task : List.of(noticeTask, unguarded)) {
            for (String county : List.of(A, B)) {
                for (Role role : List.of(Role.ADMIN, Role.ASSOCIATION)) {
                    String staff = records.staff(county, role);
                    assertThat(api.get(tasks + "/" + task, staff).status()).as("%s of %s", role, county).isEqualTo(404);
                    assertThat(api.post(tasks + "/" + task + "/cancel", staff, null).status()).isEqualTo(404);
                    assertThat(ids(tasks, staff, null)).doesNotContain(task);
                }
            }
            String prefectureAdmin = records.staff(PREFECTURE, Role.ADMIN);
            assertThat(api.get(tasks + "/" + task, prefectureAdmin).status()).isEqualTo(200);
            assertThat(ids(tasks, prefectureAdmin, task)).contains(task);
        }
        String prefectureAssociation = records.staff(PREFECTURE, Role.ASSOCIATION);
        assertThat(api.get(tasks + "/" + noticeTask, prefectureAssociation).status()).isEqualTo(200);
        assertThat(api.get(tasks + "/" + unguarded, prefectureAssociation).status())
                .as("a source no feature guards is ADMIN's alone").isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT status FROM push_task WHERE id = ?", String.class, noticeTask))
                .as("county staff cancelled nothing").isEqualTo("PENDING");
    }
}
