package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.CountyRecords;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.support.CountyRecords.DENGKOU;
import static cn.dengkou.bizservice.support.CountyRecords.HANGJIN;
import static cn.dengkou.bizservice.support.CountyRecords.PREFECTURE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With two counties an owner's favourites and recently viewed show the notices for their business's county only
 * (another county's are hidden, not deleted), and staff attach and download their own county's uploads only.
 */
@TwoCountyDeployment
@TestPropertySource(properties = "app.notice.profile-cache-ttl=0s") // an owner whose business moves reads its new county at once
class TwoCountyShelfTest {

    static final String FILES = "/api/v1/files/";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PushTasks pushTasks;

    CountyRecords records;

    @BeforeEach
    void fixtures() {
        records = new CountyRecords(api, users, jdbc, pushTasks);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    @Test
    void anOwnersShelfShowsTheirCountysNoticesAndHidesAnotherCountysWithoutDeletingThem() {
        long hangjin = records.publishedNotice(HANGJIN);
        long dengkou = records.publishedNotice(DENGKOU);
        long prefecture = records.publishedNotice(PREFECTURE); // for every county: its audience names none
        String owner = records.owner(HANGJIN);
        long ownerId = records.userId(owner);

        for (long id : List.of(hangjin, prefecture)) {
            assertThat(api.post("/api/v1/me/favorites/notices/" + id, owner, null).status()).isEqualTo(201);
            assertThat(api.get("/api/v1/notices/" + id, owner).status()).isEqualTo(200); // recently viewed
        }
        Api.Response other = api.post("/api/v1/me/favorites/notices/" + dengkou, owner, null);
        assertThat(other.status()).as("another county's notice cannot be favourited").isEqualTo(404);
        assertThat(other.code()).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(shelf("favorites", owner)).containsExactly(prefecture, hangjin);
        assertThat(shelf("recently-viewed", owner)).containsExactly(prefecture, hangjin);

        // the owner's business is now 磴口县's (rebound, or moved by a registry import)
        jdbc.update("UPDATE business SET county = ? WHERE owner_user_id = ?", DENGKOU, ownerId);
        assertThat(shelf("favorites", owner)).containsExactly(prefecture);
        assertThat(api.get("/api/v1/me/favorites", owner).json().get("total").asLong()).isEqualTo(1);
        assertThat(shelf("recently-viewed", owner)).containsExactly(prefecture);
        assertThat(api.get("/api/v1/me/recently-viewed", owner).json().get("total").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_favorite WHERE user_id = ?", Long.class, ownerId))
                .as("hidden, not deleted").isEqualTo(2);
        assertThat(api.post("/api/v1/me/favorites/notices/" + hangjin, owner, null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/me/favorites/notices/" + dengkou, owner, null).status()).isEqualTo(201);

        jdbc.update("UPDATE business SET county = ? WHERE owner_user_id = ?", HANGJIN, ownerId);
        assertThat(shelf("favorites", owner)).as("back in 杭锦后旗: its favourites show again").containsExactly(prefecture, hangjin);
    }

    @Test
    void staffAttachAndDownloadTheirOwnCountysUploadsOnly() {
        long file = records.upload(DENGKOU); // by 磴口县's ASSOCIATION, attached to nothing yet
        for (Role role : List.of(Role.ADMIN, Role.ASSOCIATION)) {
            Api.Response r = api.get(FILES + file, records.staff(HANGJIN, role));
            assertThat(r.status()).as(role.name()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("FILE_NOT_FOUND");
        }
        assertThat(api.get(FILES + file, records.staff(DENGKOU, Role.ADMIN)).status()).isEqualTo(200);
        assertThat(api.get(FILES + file, records.staff(PREFECTURE, Role.ADMIN)).status()).isEqualTo(200);

        for (Role role : List.of(Role.ADMIN, Role.ASSOCIATION)) {
            Api.Response r = api.post(NoticeTestKit.ADMIN, records.staff(HANGJIN, role), CountyRecords.noticeBody(List.of(file)));
            assertThat(r.status()).as(role + ": " + r.body()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("attachments");
            assertThat(r.json().get("errors").get(0).get("detail").asText()).isEqualTo("附件不存在：" + file);
        }
        Api.Response department = api.post(NoticeTestKit.ADMIN, records.staff(DENGKOU, Role.DEPARTMENT),
                CountyRecords.noticeBody(List.of(file)));
        assertThat(department.status()).as("DEPARTMENT staff attach their own uploads only").isEqualTo(400);
        Api.Response own = api.post(NoticeTestKit.ADMIN, records.staff(DENGKOU, Role.ADMIN), CountyRecords.noticeBody(List.of(file)));
        assertThat(own.status()).as("the county's ADMIN attaches the county's uploads: " + own.body()).isEqualTo(201);
        Api.Response prefecture = api.post(NoticeTestKit.ADMIN, records.staff(PREFECTURE, Role.ASSOCIATION),
                CountyRecords.noticeBody(List.of(file)));
        assertThat(prefecture.status()).as(prefecture.body()).isEqualTo(201);

        // carried by 磴口县's draft: still not 杭锦后旗's to download; public once the notice is published
        assertThat(api.get(FILES + file, records.staff(HANGJIN, Role.ADMIN)).status()).isEqualTo(404);
        long draft = own.json().get("id").asLong();
        assertThat(api.post(NoticeTestKit.ADMIN + "/" + draft + "/publish", records.staff(DENGKOU, Role.ADMIN),
                Map.of("push", false)).status()).isEqualTo(200);
        assertThat(api.get(FILES + file, records.staff(HANGJIN, Role.ADMIN)).status()).isEqualTo(200);
        assertThat(api.get(FILES + file, null).status()).isEqualTo(200);
    }

    private List<Long> shelf(String which, String owner) {
        List<Long> ids = new ArrayList<>();
        JsonNode page = api.get("/api/v1/me/" + which + "?size=100", owner).json();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
