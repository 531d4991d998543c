package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serving 磴口县 and 杭锦后旗: a ticket belongs to its owner's business's county; the other county's staff get 404 for
 * it on every staff endpoint and never list it; prefecture staff see both counties' tickets.
 */
@TwoCountyDeployment
class TwoCountyFeedbackTest {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    FeedbackTestKit kit;
    String dengkouAssociation;
    String hangjinAssociation;
    String prefectureAdmin;

    @BeforeEach
    void staff() {
        kit = new FeedbackTestKit(api);
        dengkouAssociation = users.staffInCounty(DENGKOU, Role.ASSOCIATION);
        hangjinAssociation = users.staffInCounty(HANGJIN, Role.ASSOCIATION);
        prefectureAdmin = users.staffInCounty("150800", Role.ADMIN);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    @Test
    void aTicketBelongsToTheOwnersCountyAndIsNotFoundForTheOtherCountysStaff() {
        String owner = users.newOwnerToken();
        FeedbackTestKit.business(jdbc, HANGJIN, "SHB", kit.userId(owner));
        long id = kit.submitOk(owner);
        assertThat(jdbc.queryForObject("SELECT county FROM feedback_ticket WHERE id = ?", String.class, id)).isEqualTo(HANGJIN);

        String path = FeedbackTestKit.ADMIN + "/" + id;
        for (Api.Response r : List.of(api.get(path, dengkouAssociation), api.get(path + "/contact", dengkouAssociation),
                kit.action(dengkouAssociation, id, "assign", Map.of()),
                kit.action(dengkouAssociation, id, "notes", FeedbackTestKit.text("别的区县不能写备注")))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("FEEDBACK_NOT_FOUND");
        }
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?size=100", dengkouAssociation))).doesNotContain(id);
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?size=100&county=" + HANGJIN, dengkouAssociation))).isEmpty();
        kit.actionOk(hangjinAssociation, id, "assign", Map.of(), "ASSIGNED");
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?size=100", hangjinAssociation))).contains(id);
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?size=100&county=" + HANGJIN, prefectureAdmin))).contains(id);
        assertThat(api.get(path, prefectureAdmin).status()).isEqualTo(200);
        assertThat(kit.action(dengkouAssociation, id, "replies", FeedbackTestKit.text("别的区县不能回复")).status()).isEqualTo(404);
    }

    @Test
    void anUnboundOwnerNamesTheCountyAndVisitsStayInTheirCounty() {
        String owner = users.newOwnerToken();
        Api.Response none = kit.submit(owner, FeedbackTestKit.body("POLICY", "还没有绑定经营主体，想咨询一下政策"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.code()).isEqualTo("COUNTY_REQUIRED");
        Map<String, Object> body = FeedbackTestKit.body("POLICY", "还没有绑定经营主体，想咨询一下政策");
        body.put("county", "999999");
        assertThat(kit.submit(owner, body).status()).isEqualTo(400);
        body.put("county", DENGKOU);
        long id = kit.submitOk(owner, body);
        assertThat(api.get(FeedbackTestKit.ADMIN + "/" + id, hangjinAssociation).status()).isEqualTo(404);
        assertThat(api.get(FeedbackTestKit.ADMIN + "/" + id, dengkouAssociation).status()).isEqualTo(200);

        long hangjinBusiness = FeedbackTestKit.business(jdbc, HANGJIN, "SHB", kit.userId(users.newOwnerToken()));
        Api.Response visit = api.post("/api/v1/admin/visits", dengkouAssociation, Map.of("businessId", hangjinBusiness,
                "visitedOn", "2026-11-02", "visitors", "张三", "discussed", "走访"));
        assertThat(visit.code()).as("another county's business").isEqualTo("BUSINESS_NOT_FOUND");
        assertThat(api.post("/api/v1/admin/visits", hangjinAssociation, Map.of("businessId", hangjinBusiness,
                "visitedOn", "2026-11-02", "visitors", "张三", "discussed", "走访")).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/admin/visits?size=100", dengkouAssociation).json().get("items").toString())
                .doesNotContain("\"businessId\":" + hangjinBusiness + ",");
    }
}
