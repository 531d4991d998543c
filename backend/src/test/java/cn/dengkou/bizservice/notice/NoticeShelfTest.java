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

import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** Favourites and recently viewed: own only, visible notices only, newest first. */
@IntegrationTest
class NoticeShelfTest {

    private static final String FAV = "/api/v1/me/favorites";

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

    @Test
    void favouritesAreIdempotentNewestFirstAndDropWithdrawnNotices() {
        String owner = users.newOwnerToken();
        String other = users.newOwnerToken();
        long a = kit.published(staff, notice("收藏甲"));
        long b = kit.published(staff, notice("收藏乙"));

        assertThat(api.post(FAV + "/notices/" + a, owner, null).status()).isEqualTo(201);
        Api.Response again = api.post(FAV + "/notices/" + a, owner, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created").asBoolean()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(api.post(FAV + "/notices/" + b, owner, null).status()).isEqualTo(201);

        JsonNode page = api.get(FAV + "?size=10", owner).json();
        assertThat(ids(page)).containsExactly(b, a);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("title").asText()).isEqualTo("收藏乙");
        assertThat(page.get("items").get(0).get("departments").get(0).get("name").asText()).isEqualTo("县税务局");
        assertThat(page.get("items").get(0).get("at").asText()).startsWith("2026-11-26T10:01:00");
        assertThat(ids(api.get(FAV, other).json())).as("another owner's favourites are their own").isEmpty();
        assertThat(ids(api.get(FAV + "?size=1&page=2", owner).json())).containsExactly(a);

        assertThat(kit.action(staff, b, "withdraw", null).status()).isEqualTo(200);
        assertThat(ids(api.get(FAV, owner).json())).containsExactly(a);
        assertThat(api.post(FAV + "/notices/" + b, owner, null).code()).isEqualTo("NOTICE_NOT_FOUND");

        assertThat(api.delete(FAV + "/notices/" + a, owner).status()).isEqualTo(204);
        assertThat(api.delete(FAV + "/notices/" + a, owner).status()).isEqualTo(204);
        assertThat(ids(api.get(FAV, owner).json())).isEmpty();
    }

    @Test
    void onlyVisibleNoticesCanBeFavourited() {
        String owner = users.newOwnerToken();
        long draft = kit.create(staff, notice("草稿"));
        Api.Response r = api.post(FAV + "/notices/" + draft, owner, null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(api.post(FAV + "/notices/999999999", owner, null).status()).isEqualTo(404);
        assertThat(api.post(FAV + "/notices/abc", owner, null).status()).isEqualTo(400);
        assertThat(api.get(FAV + "?size=101", owner).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void recentlyViewedIsNewestViewFirstAndOwnOnly() {
        String owner = users.newOwnerToken();
        long a = kit.published(staff, notice("浏览甲"));
        long b = kit.published(staff, notice("浏览乙"));
        long c = kit.published(staff, notice("浏览丙"));
        for (long id : new long[] {a, b, c}) {
            clock.advance(Duration.ofMinutes(1));
            api.get("/api/v1/notices/" + id, owner);
        }
        clock.advance(Duration.ofMinutes(1));
        api.get("/api/v1/notices/" + a, owner); // viewed again: moves to the top
        assertThat(ids(api.get("/api/v1/me/recently-viewed", owner).json())).containsExactly(a, c, b);

        assertThat(kit.action(staff, c, "withdraw", null).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/v1/me/recently-viewed", owner).json())).containsExactly(a, b);
        assertThat(ids(api.get("/api/v1/me/recently-viewed", users.newOwnerToken()).json())).isEmpty();
    }

    @Test
    void ownersOnly() {
        String staffToken = users.staffToken(Role.ADMIN);
        long a = kit.published(staff, notice("权限"));
        for (String path : List.of(FAV, "/api/v1/me/recently-viewed")) {
            assertThat(api.get(path, null).status()).isEqualTo(401);
            assertThat(api.get(path, staffToken).status()).isEqualTo(403);
        }
        assertThat(api.post(FAV + "/notices/" + a, null, null).status()).isEqualTo(401);
        assertThat(api.post(FAV + "/notices/" + a, staffToken, null).code()).isEqualTo("FORBIDDEN");
        assertThat(api.delete(FAV + "/notices/" + a, staffToken).status()).isEqualTo(403);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
