package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.ADMIN;
import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices and their push tasks in a deployment serving 磴口县 and 杭锦后旗: a notice belongs to its author's division;
 * staff of the other county get 404 for it and its task on every staff endpoint, prefecture staff see both counties'.
 */
@TwoCountyDeployment
class TwoCountyNoticeTest {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";
    static final String PREFECTURE = "150800";
    static final String TASKS = "/api/v1/admin/push-tasks";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dictionaries dictionaries;

    NoticeTestKit kit;
    String tag;
    String dengkouAdmin;
    String dengkouAssociation;
    String hangjinAdmin;
    String hangjinAssociation;
    String prefectureAdmin;

    @BeforeEach
    void staff() {
        kit = new NoticeTestKit(api, jdbc);
        tag = NoticeTestKit.uniqueTag();
        kit.dictionaryTag(tag, dictionaries::refresh);
        dengkouAdmin = users.staffInCounty(DENGKOU, Role.ADMIN);
        dengkouAssociation = users.staffInCounty(DENGKOU, Role.ASSOCIATION);
        hangjinAdmin = users.staffInCounty(HANGJIN, Role.ADMIN);
        hangjinAssociation = users.staffInCounty(HANGJIN, Role.ASSOCIATION);
        prefectureAdmin = users.staffInCounty(PREFECTURE, Role.ADMIN);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    @Test
    void aNoticeBelongsToItsAuthorsCountyAndIsNotFoundForTheOtherCountysStaff() {
        long id = kit.create(dengkouAssociation, notice("磴口县通知" + tag));
        assertThat(kit.noticeRow(id).get("county")).isEqualTo(DENGKOU);
        String path = ADMIN + "/" + id;

        for (String other : List.of(hangjinAdmin, hangjinAssociation)) {
            for (Api.Response r : List.of(api.get(path, other), api.put(path, other, notice("改写" + tag)),
                    kit.action(other, id, "submit", null), kit.action(other, id, "publish", Map.of("push", false)),
                    api.get(path + "/audience-preview", other), api.get(path + "/stats", other))) {
                assertThat(r.status()).as(r.body()).isEqualTo(404);
                assertThat(r.code()).isEqualTo("NOTICE_NOT_FOUND");
            }
            assertThat(ids(api.get(ADMIN + "?size=100", other).json())).doesNotContain(id);
        }
        Api.Response trail = api.get(path + "/audit", hangjinAdmin);
        assertThat(trail.status()).isEqualTo(404);
        assertThat(trail.code()).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(kit.noticeRow(id).get("status")).as("nothing moved").isEqualTo("DRAFT");

        for (String own : List.of(dengkouAdmin, dengkouAssociation, prefectureAdmin)) {
            assertThat(api.get(path, own).status()).isEqualTo(200);
            assertThat(ids(api.get(ADMIN + "?size=100", own).json())).contains(id);
        }
        assertThat(api.get(path + "/audit", prefectureAdmin).status()).isEqualTo(200);
        String auditList = "/api/v1/admin/audit?subjectKind=notice&subjectId=" + id;
        assertThat(api.get(auditList, hangjinAdmin).json().get("total").asLong()).as("another county's trail").isZero();
        assertThat(api.get(auditList, dengkouAdmin).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(auditList, prefectureAdmin).json().get("total").asLong()).isEqualTo(1);

        long prefectureNotice = kit.create(prefectureAdmin, notice("全市通知" + tag));
        assertThat(kit.noticeRow(prefectureNotice).get("county")).isEqualTo(PREFECTURE);
        assertThat(api.get(ADMIN + "/" + prefectureNotice, dengkouAdmin).status())
                .as("a prefecture notice is managed by prefecture staff").isEqualTo(404);
        assertThat(api.get(ADMIN + "/" + prefectureNotice, prefectureAdmin).status()).isEqualTo(200);
    }

    @Test
    void aNoticesPushTaskBelongsToItsCountyAndIsNotFoundForTheOtherCountysAdmin() {
        kit.owners(tag, 2, "INDIVIDUAL", "F", "DK");
        long id = kit.create(dengkouAssociation, notice("磴口县推送" + tag, List.of("TAX"), Map.of("tags", List.of(tag))));
        Api.Response published = kit.action(dengkouAssociation, id, "publish", Map.of("push", true));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        long taskId = published.json().get("pushTaskId").asLong();
        assertThat(jdbc.queryForObject("SELECT county FROM push_task WHERE id = ?", String.class, taskId)).isEqualTo(DENGKOU);
        String path = TASKS + "/" + taskId;

        for (Api.Response r : List.of(api.get(path, hangjinAdmin), api.post(path + "/cancel", hangjinAdmin, null),
                api.post(path + "/resume", hangjinAdmin, null))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
        }
        assertThat(ids(api.get(TASKS + "?size=100", hangjinAdmin).json())).doesNotContain(taskId);
        assertThat(ids(api.get(TASKS + "?refType=NOTICE&size=100", hangjinAssociation).json())).doesNotContain(taskId);
        Api.Response oneSource = api.get(TASKS + "?refType=NOTICE&refId=" + id, hangjinAssociation);
        assertThat(oneSource.status()).isEqualTo(200);
        assertThat(ids(oneSource.json())).as("another county's notice has no task of theirs").isEmpty();

        for (String own : List.of(dengkouAdmin, dengkouAssociation, prefectureAdmin)) {
            assertThat(api.get(path, own).status()).isEqualTo(200);
            assertThat(ids(api.get(TASKS + "?size=100", own).json())).contains(taskId);
        }
        assertThat(api.post(path + "/cancel", dengkouAdmin, null).status()).isEqualTo(200);
        // a task that does not exist has no county: still 404 for county staff, not a failure
        Api.Response missing = api.get(TASKS + "/" + (taskId + 1_000_000), hangjinAdmin);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
    }

    @Test
    void ownersReadTheirBusinesssCountyAndGuestsTheCountyTheyPick() {
        long dengkou = kit.published(dengkouAssociation, notice("磴口县公告" + tag));
        long hangjin = kit.published(hangjinAssociation, notice("杭锦后旗公告" + tag));
        long prefecture = kit.published(prefectureAdmin, notice("全市公告" + tag));
        String list = "/api/v1/notices?size=100";

        assertThat(ids(api.get(list + "&county=" + HANGJIN, null).json())).contains(hangjin, prefecture).doesNotContain(dengkou);
        assertThat(ids(api.get(list + "&county=" + DENGKOU, null).json())).contains(dengkou, prefecture).doesNotContain(hangjin);
        assertThat(ids(api.get(list, null).json())).as("no county picked: every served county's")
                .contains(dengkou, hangjin, prefecture);
        for (String bad : List.of("150802", "150800", "abc")) {
            Api.Response r = api.get(list + "&county=" + bad, null);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        }

        String owner = users.newOwnerToken();
        long ownerId = kit.bind(owner, "INDIVIDUAL", "F", "SHB", null, null, "VERIFIED");
        jdbc.update("UPDATE business SET county = ? WHERE owner_user_id = ?", HANGJIN, ownerId);
        assertThat(ids(api.get(list, owner).json())).contains(hangjin, prefecture).doesNotContain(dengkou);
        assertThat(ids(api.get(list + "&county=" + DENGKOU, owner).json())).as("the business decides, not the parameter")
                .contains(hangjin).doesNotContain(dengkou);
        assertThat(ids(api.get("/api/v1/notices/recommended?size=20", owner).json().get("items")))
                .contains(hangjin).doesNotContain(dengkou);
        assertThat(api.get("/api/v1/notices/" + hangjin, owner).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/notices/" + prefecture, owner).status()).isEqualTo(200);
        Api.Response other = api.get("/api/v1/notices/" + dengkou, owner);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("NOTICE_NOT_FOUND");
    }

    /** {@code n} VERIFIED owners tagged with the test's tag whose businesses are of this county. */
    private List<Long> ownersIn(String county, int n) {
        List<Long> ids = kit.owners(tag, n, "INDIVIDUAL", "F", "DK");
        ids.forEach(id -> jdbc.update("UPDATE business SET county = ? WHERE owner_user_id = ?", county, id));
        return ids;
    }

    private List<Long> inbox(long taskId) {
        return jdbc.queryForList("SELECT user_id FROM inbox_message WHERE task_id = ? ORDER BY user_id", Long.class, taskId);
    }

    private long pushed(String staff, Map<String, Object> audience) {
        long id = kit.create(staff, notice("推送" + tag, List.of("TAX"), audience));
        Api.Response r = kit.action(staff, id, "publish", Map.of("push", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("pushTaskId").asLong();
    }

    @Test
    void aPrefectureNoticeToSomeCountiesReachesExactlyTheirOwnersAndACountysNoticeOnlyItsOwn() {
        List<Long> dengkou = ownersIn(DENGKOU, 2);
        List<Long> hangjin = ownersIn(HANGJIN, 2);
        List<Long> elsewhere = ownersIn("150821", 1); // 五原县: not served here
        List<Long> both = new ArrayList<>(dengkou);
        both.addAll(hangjin);
        both.sort(null);

        long toBoth = pushed(prefectureAdmin, Map.of("tags", List.of(tag), "counties", List.of(DENGKOU, HANGJIN)));
        assertThat(inbox(toBoth)).isEqualTo(both).doesNotContainAnyElementsOf(elsewhere);
        long toHangjin = pushed(prefectureAdmin, Map.of("tags", List.of(tag), "counties", List.of(HANGJIN)));
        assertThat(inbox(toHangjin)).containsExactlyInAnyOrderElementsOf(hangjin);
        long ownCounty = pushed(dengkouAssociation, Map.of("tags", List.of(tag)));
        assertThat(inbox(ownCounty)).as("a county's notice reaches its county only").containsExactlyInAnyOrderElementsOf(dengkou);

        String preview = ADMIN + "/audience-preview";
        assertThat(api.post(preview, dengkouAssociation, Map.of("audience", Map.of("tags", List.of(tag)))).json()
                .get("count").asLong()).as("a county's staff preview their county").isEqualTo(2);
        assertThat(api.post(preview, prefectureAdmin, Map.of("audience", Map.of("tags", List.of(tag), "counties",
                List.of(HANGJIN)))).json().get("count").asLong()).isEqualTo(2);
        Map<String, Object> elsewhereAudience = Map.of("tags", List.of(tag), "counties", List.of(HANGJIN));
        Api.Response refused = api.post(ADMIN, dengkouAssociation, notice("越界" + tag, List.of("TAX"), elsewhereAudience));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("COUNTY_FORBIDDEN");
        assertThat(api.post(preview, dengkouAssociation, Map.of("audience", elsewhereAudience)).status()).isEqualTo(403);
        Api.Response notServed = api.post(ADMIN, prefectureAdmin, notice("未服务" + tag, List.of("TAX"),
                Map.of("counties", List.of("150821"))));
        assertThat(notServed.status()).isEqualTo(400);
        assertThat(notServed.code()).isEqualTo("VALIDATION_FAILED");

        // the owners' side: a prefecture notice for 杭锦后旗 is listed there only, with the county as its reason
        long listed = kit.published(prefectureAdmin, notice("杭锦后旗专项" + tag, List.of("TAX"), Map.of("counties", List.of(HANGJIN))));
        assertThat(ids(api.get("/api/v1/notices?size=100&county=" + DENGKOU, null).json())).doesNotContain(listed);
        assertThat(ids(api.get("/api/v1/notices?size=100&county=" + HANGJIN, null).json())).contains(listed);
        String owner = users.newOwnerToken();
        long ownerId = kit.bind(owner, "INDIVIDUAL", "F", "SHB", null, null, "VERIFIED");
        jdbc.update("UPDATE business SET county = ? WHERE owner_user_id = ?", HANGJIN, ownerId);
        Api.Response detail = api.get("/api/v1/notices/" + listed, owner);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("matchReasons").get(0).asText()).isEqualTo("适用于杭锦后旗");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        (page.has("items") ? page.get("items") : page).forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
