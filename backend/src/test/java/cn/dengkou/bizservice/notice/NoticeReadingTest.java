package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.ADMIN;
import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** What owners and guests see: published and valid notices, newest first; reads counted once per owner. */
@IntegrationTest
class NoticeReadingTest {

    private static final String LIST = "/api/v1/notices";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    NoticeTestKit kit;
    String staff;

    @BeforeEach
    void setUp() {
        kit = new NoticeTestKit(api, jdbc);
        staff = users.staffToken(Role.ASSOCIATION);
        clock.setInstant(OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private long published(Map<String, Object> body) {
        long id = kit.create(staff, body);
        Api.Response r = kit.action(staff, id, "publish", Map.of("push", false));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    @Test
    void theListsPreRenderedJsonMatchesWhatSpringWritesForTheDetail() {
        Map<String, Object> body = notice("渲染一致");
        body.put("validTo", "2026-12-31T18:30:00+08:00");
        long id = published(body);

        Api.Response list = api.get(LIST + "?size=100", null);
        Api.Response again = api.get(LIST + "?size=100", null);
        Api.Response detail = api.get(LIST + "/" + id, null);

        assertThat(list.contentType()).startsWith("application/json");
        assertThat(list.headers().firstValue("Content-Length")).hasValue(String.valueOf(list.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(again.body()).isEqualTo(list.body());
        JsonNode item = null;
        for (JsonNode n : list.json().get("items")) {
            if (n.get("id").asLong() == id) {
                item = n;
            }
        }
        assertThat(item).isNotNull();
        for (String field : List.of("title", "category", "categoryName", "publishedAt", "validFrom", "validTo", "departments")) {
            assertThat(item.get(field)).as(field).isEqualTo(detail.json().get(field));
        }
        assertThat(item.get("validTo").asText()).isEqualTo("2026-12-31T18:30:00+08:00");
    }

    @Test
    void onlyPublishedValidNoticesAreListedNewestFirst() {
        long draft = kit.create(staff, notice("草稿不可见"));
        long first = published(notice("先发布"));
        clock.advance(Duration.ofMinutes(1));
        long second = published(notice("后发布"));
        Map<String, Object> expiring = notice("明天到期");
        expiring.put("validTo", "2026-11-27T10:00:00+08:00");
        long expires = published(expiring);
        Map<String, Object> later = notice("下月生效");
        later.put("validFrom", "2026-12-01T00:00:00+08:00");
        long notYet = published(later);

        List<Long> ids = ids(api.get(LIST + "?size=100", null));
        assertThat(ids).contains(first, second, expires).doesNotContain(draft, notYet);
        assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
        JsonNode item = api.get(LIST + "?size=100", null).json().get("items").get(ids.indexOf(second));
        assertThat(item.get("title").asText()).isEqualTo("后发布");
        assertThat(item.get("categoryName").asText()).isEqualTo("财税支持");
        assertThat(item.get("departments").get(0).get("name").asText()).isEqualTo("县税务局");
        assertThat(item.has("body")).isFalse();

        clock.advance(Duration.ofDays(1));
        assertThat(ids(api.get(LIST + "?size=100", null))).doesNotContain(expires).contains(first);
        JsonNode expired = api.get(LIST + "/" + expires, null).json();
        assertThat(expired.get("expired").asBoolean()).as("an inbox link still opens, marked expired").isTrue();

        clock.advance(Duration.ofDays(5));
        assertThat(ids(api.get(LIST + "?size=100", null))).contains(notYet);
    }

    @Test
    void listFiltersByCategoryAndDepartment() {
        Map<String, Object> legal = notice("法律服务", List.of("JUSTICE"), Map.of());
        legal.put("category", "LEGAL");
        long l = published(legal);
        long t = published(notice("税务", List.of("TAX", "FINANCE"), Map.of()));
        assertThat(ids(api.get(LIST + "?category=LEGAL&size=100", null))).contains(l).doesNotContain(t);
        assertThat(ids(api.get(LIST + "?department=FINANCE&size=100", null))).contains(t).doesNotContain(l);
        assertThat(api.get(LIST + "?size=0", null).status()).isEqualTo(400);
        assertThat(api.get(LIST + "?page=x", null).status()).isEqualTo(400);
    }

    @Test
    void withdrawnAndUnpublishedNoticesAre404ForOwnersButKeepTheirReads() {
        String owner = users.newOwnerToken();
        long id = published(notice("将被撤回"));
        long draft = kit.create(staff, notice("未发布"));
        assertThat(api.get(LIST + "/" + id, owner).status()).isEqualTo(200);

        assertThat(kit.action(staff, id, "withdraw", null).status()).isEqualTo(200);
        Api.Response gone = api.get(LIST + "/" + id, owner);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(api.get(LIST + "/" + id, null).status()).isEqualTo(404);
        assertThat(ids(api.get(LIST + "?size=100", owner))).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_read WHERE notice_id = ?", Integer.class, id)).isEqualTo(1);

        assertThat(api.get(LIST + "/" + draft, owner).status()).isEqualTo(404);
        assertThat(api.get(LIST + "/" + draft, users.staffToken(Role.HR)).status()).isEqualTo(404);
        assertThat(api.get(LIST + "/" + draft, users.staffToken(Role.DEPARTMENT, "FINANCE")).status()).isEqualTo(404);
        Api.Response preview = api.get(LIST + "/" + draft, users.staffToken(Role.DEPARTMENT, "TAX"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("title").asText()).isEqualTo("未发布");
        assertThat(api.get(LIST + "/999999999", null).status()).isEqualTo(404);
        assertThat(api.get(LIST + "/abc", null).status()).isEqualTo(400);
    }

    @Test
    void aReadCountsOncePerOwnerAndGuestsAndStaffAreNotCounted() {
        long id = published(notice("阅读计数"));
        String a = users.newOwnerToken();
        String b = users.newOwnerToken();
        JsonNode detail = api.get(LIST + "/" + id, a).json();
        assertThat(detail.get("body").asText()).contains("<strong>申报时间</strong>");
        api.get(LIST + "/" + id, a);
        api.get(LIST + "/" + id, a);
        api.get(LIST + "/" + id, b);
        api.get(LIST + "/" + id, null);
        api.get(LIST + "/" + id, staff);

        assertThat(jdbc.queryForList("SELECT user_id FROM notice_read WHERE notice_id = ?", Long.class, id))
                .containsExactlyInAnyOrder(kit.userId(a), kit.userId(b));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_view WHERE notice_id = ?", Integer.class, id)).isEqualTo(2);
    }

    private static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
