package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.TimeConfig;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.dengkou.bizservice.event.EventAuthoringTest.titles;
import static cn.dengkou.bizservice.event.EventTestKit.ADMIN_EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Events in a deployment serving 磴口县 and 杭锦后旗: an event belongs to its author's division. */
@TwoCountyDeployment
class TwoCountyEventTest {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";
    static final String PREFECTURE = "150800";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionTokens sessions;

    EventTestKit kit;
    LocalDateTime now;
    String tag;

    @BeforeEach
    void setUp() {
        kit = new EventTestKit(api, jdbc, sessions);
        now = LocalDateTime.now(TimeConfig.ZONE);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    @Test
    void aCountysEventIsNotFoundForTheOtherCountysStaffAndOwners() {
        String dengkou = users.staffInCounty(DENGKOU, Role.ASSOCIATION);
        String hangjin = users.staffInCounty(HANGJIN, Role.ADMIN);
        String prefecture = users.staffInCounty(PREFECTURE, Role.ADMIN);
        long id = kit.published(dengkou, body("磴口县活动" + tag, 10, now));
        assertThat(jdbc.queryForObject("SELECT county FROM event WHERE id = ?", String.class, id)).isEqualTo(DENGKOU);

        String path = ADMIN_EVENTS + "/" + id;
        for (Api.Response r : List.of(api.get(path, hangjin), api.put(path, hangjin, body("改", 10, now)),
                api.post(path + "/cancel", hangjin, null), api.get(path + "/stats", hangjin),
                api.post(path + "/check-ins", hangjin, Map.of("checkInCode", "1-AAAAAAAAAA")))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("EVENT_NOT_FOUND");
        }
        assertThat(titles(api.get(ADMIN_EVENTS + "?size=100", hangjin))).doesNotContain("磴口县活动" + tag);
        assertThat(api.get(path, prefecture).status()).isEqualTo(200);
        assertThat(titles(api.get(ADMIN_EVENTS + "?size=100&county=" + DENGKOU, prefecture))).contains("磴口县活动" + tag);

        assertThat(titles(api.get(EVENTS + "?size=100&county=" + DENGKOU, null))).contains("磴口县活动" + tag);
        assertThat(titles(api.get(EVENTS + "?size=100&county=" + HANGJIN, null))).doesNotContain("磴口县活动" + tag);
        EventTestKit.Owner hangjinOwner = kit.owner(HANGJIN, "SHB", "VERIFIED");
        assertThat(titles(api.get(EVENTS + "?size=100&county=" + DENGKOU, hangjinOwner.token())))
                .as("a bound owner reads their business's county").doesNotContain("磴口县活动" + tag);
        assertThat(api.get(EVENTS + "/" + id, hangjinOwner.token()).code()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(kit.register(id, hangjinOwner.token()).code()).as("another county's event does not exist for them")
                .isEqualTo("EVENT_NOT_FOUND");
        assertThat(kit.register(id, kit.owner(DENGKOU, "DK", "VERIFIED").token()).status()).isEqualTo(201);
    }

    @Test
    void prefectureStaffRunOneEventForSomeCounties() {
        String prefecture = users.staffInCounty(PREFECTURE, Role.ASSOCIATION);
        String dengkou = users.staffInCounty(DENGKOU, Role.ASSOCIATION);
        Map<String, Object> b = body("全市活动" + tag, 10, now);
        b.put("location", Map.of("address", "陕坝镇会展中心"));
        b.put("audience", Map.of("counties", List.of(HANGJIN)));
        long id = kit.published(prefecture, b);
        assertThat(titles(api.get(EVENTS + "?size=100&county=" + HANGJIN, null))).contains("全市活动" + tag);
        assertThat(titles(api.get(EVENTS + "?size=100&county=" + DENGKOU, null))).doesNotContain("全市活动" + tag);
        assertThat(api.get(ADMIN_EVENTS + "/" + id, dengkou).code()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(kit.register(id, kit.owner(HANGJIN, "SHB", "VERIFIED").token()).status()).isEqualTo(201);
        assertThat(kit.register(id, kit.owner(DENGKOU, "DK", "VERIFIED").token()).code()).isEqualTo("EVENT_NOT_FOUND");

        Map<String, Object> other = body("越界" + tag, 10, now);
        other.put("audience", Map.of("counties", List.of(HANGJIN)));
        Api.Response refused = api.post(ADMIN_EVENTS, dengkou, other);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("COUNTY_FORBIDDEN");
    }
}
