package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Submitting: the content check's four answers, images checked by content, the daily limit, owner isolation. */
@IntegrationTest
class FeedbackSubmissionTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    FeedbackTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new FeedbackTestKit(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String flagOf(long id) {
        return jdbc.queryForObject("SELECT content_flag FROM feedback_ticket WHERE id = ?", String.class, id);
    }

    @Test
    void passedTextGoesToTheCategorysDepartmentWithDueDates() {
        String owner = users.newOwnerToken();
        long id = kit.submitOk(owner);
        assertThat(flagOf(id)).isNull();
        Api.Response r = kit.ownerGet(owner, id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("department").asText()).isEqualTo("FINOFFICE");
        assertThat(r.json().get("departmentName").asText()).isEqualTo("县金融办");
        assertThat(r.json().get("categoryName").asText()).isEqualTo("融资需求");
        assertThat(r.json().get("contactPhone").asText()).isEqualTo("13800001234");
        Map<String, Object> row = jdbc.queryForMap("SELECT county, source, first_response_due, resolution_due"
                + " FROM feedback_ticket WHERE id = ?", id);
        assertThat(row.get("county")).isEqualTo("150822");
        assertThat(row.get("source")).isEqualTo("OWNER");
        assertThat(row.get("first_response_due")).isNotNull();
        // the owner's list has it; another owner's list does not
        assertThat(api.get("/api/v1/me/feedback", owner).json().get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(api.get("/api/v1/me/feedback", users.newOwnerToken()).json().get("total").asLong()).isZero();
    }

    @Test
    void reviewAndUncheckedTextIsAcceptedAndFlaggedRiskyIsRefused() {
        String owner = users.newOwnerToken();
        long review = kit.submitOk(owner, FeedbackTestKit.body("POLICY", "请问这项政策 review 一下适用范围是什么"));
        assertThat(flagOf(review)).isEqualTo("REVIEW");

        WechatSimulator.shared().failNext(WechatSimulator.SEC_CHECK, 45009, 1);
        long unchecked = kit.submitOk(owner, FeedbackTestKit.body("POLICY", "微信检测不可用时这条诉求也不能丢失"));
        assertThat(flagOf(unchecked)).as("WeChat down: accepted, flagged").isEqualTo("UNCHECKED");

        long before = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_ticket", Long.class);
        Api.Response risky = kit.submit(owner, FeedbackTestKit.body("POLICY", "这段文字含有违禁词，应当被拒绝提交"));
        assertThat(risky.status()).isEqualTo(400);
        assertThat(risky.code()).isEqualTo("CONTENT_RISKY");
        assertThat(risky.json().get("detail").asText()).contains("安全检测");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_ticket", Long.class)).isEqualTo(before);

        // staff see the flag on the ticket
        String association = users.staffToken(Role.ASSOCIATION);
        assertThat(kit.staffGet(association, review).json().get("contentFlag").asText()).isEqualTo("REVIEW");
    }

    @Test
    void badFieldsAreRefusedEachNamed() {
        String owner = users.newOwnerToken();
        Map<String, Object> shortText = FeedbackTestKit.body("FINANCING", "太短了的内容");
        assertThat(kit.submit(owner, shortText).status()).isEqualTo(400);
        Map<String, Object> longText = FeedbackTestKit.body("FINANCING", "长".repeat(2001));
        assertThat(kit.submit(owner, longText).status()).isEqualTo(400);
        Api.Response category = kit.submit(owner, FeedbackTestKit.body("NO_SUCH", "这个分类并不存在于字典之中"));
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().get("errors").get(0).get("field").asText()).isEqualTo("category");
        Map<String, Object> phone = FeedbackTestKit.body("FINANCING", "联系电话的格式不对也要拒绝");
        phone.put("contactPhone", "12345");
        assertThat(kit.submit(owner, phone).json().get("errors").get(0).get("field").asText()).isEqualTo("contactPhone");
        Map<String, Object> tenImages = FeedbackTestKit.body("FINANCING", "十张图片超过了九张的上限");
        tenImages.put("images", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(kit.submit(owner, tenImages).json().get("errors").get(0).get("field").asText()).isEqualTo("images");
        // whitespace does not count towards the ten characters
        Map<String, Object> padded = FeedbackTestKit.body("FINANCING", "  九个字的内容而已啊       ");
        assertThat(kit.submit(owner, padded).status()).isEqualTo(400);
    }

    @Test
    void imagesAreCheckedByContentAndMustBeTheOwnersOwn() {
        String owner = users.newOwnerToken();
        Api.Response script = kit.image(owner, "photo.jpg", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.code()).isEqualTo("UPLOAD_TYPE_NOT_ALLOWED");
        Api.Response pdf = kit.image(owner, "photo.jpg", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.status()).as("a PDF is no image whatever its name").isEqualTo(400);
        Api.Response png = kit.image(owner, "现场.png", FeedbackTestKit.PNG);
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        long pngId = png.json().get("id").asLong();
        long jpgId = kit.image(owner, "票据.jpg", FeedbackTestKit.JPG).json().get("id").asLong();

        String other = users.newOwnerToken();
        Map<String, Object> stolen = FeedbackTestKit.body("FEES", "用别人上传的图片提交应当被拒绝");
        stolen.put("images", List.of(pngId));
        Api.Response refused = kit.submit(other, stolen);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("images");

        Map<String, Object> withImages = FeedbackTestKit.body("FEES", "检查收费时被要求缴纳不合理费用，附照片");
        withImages.put("images", List.of(jpgId, pngId));
        long id = kit.submitOk(owner, withImages);
        JsonNode images = kit.ownerGet(owner, id).json().get("images");
        assertThat(images).hasSize(2);
        assertThat(images.get(0).get("id").asLong()).isEqualTo(jpgId);
        // another owner cannot download them; the owner and the association can
        assertThat(api.get("/api/v1/files/" + pngId, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/files/" + pngId, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/files/" + pngId, owner).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/files/" + pngId, users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/files/" + pngId, users.staffToken(Role.DEPARTMENT, "TAX")).status())
                .as("not yet assigned to any department").isEqualTo(404);
    }

    @Test
    void theDailyLimitAnswers429WithRetryAfterUntilMidnight() {
        FeedbackTestKit.at(clock, "2026-12-02T10:00:00");
        String owner = users.newOwnerToken();
        for (int i = 0; i < 9; i++) {
            kit.submitOk(owner, FeedbackTestKit.body("SUGGESTION", "第" + i + "条建议：希望延长办事大厅的时间"));
        }
        // the tenth and eleventh at once: the counter's row lock lets exactly one through
        CompletableFuture<Api.Response> a = CompletableFuture.supplyAsync(() ->
                kit.submit(owner, FeedbackTestKit.body("SUGGESTION", "同时提交的第一条建议内容")));
        CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(() ->
                kit.submit(owner, FeedbackTestKit.body("SUGGESTION", "同时提交的第二条建议内容")));
        assertThat(List.of(a.join().status(), b.join().status())).containsExactlyInAnyOrder(201, 429);
        assertThat(api.get("/api/v1/me/feedback", owner).json().get("total").asLong()).isEqualTo(10);
        Api.Response limited = kit.submit(owner, FeedbackTestKit.body("SUGGESTION", "第十一条建议今天已经超过上限了"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("FEEDBACK_RATE_LIMITED");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("50400");
        // another owner is not limited; the next day this one may submit again
        kit.submitOk(users.newOwnerToken());
        FeedbackTestKit.at(clock, "2026-12-03T00:00:01");
        kit.submitOk(owner);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyFilesOneTicket() {
        String owner = users.newOwnerToken();
        Map<String, String> key = Map.of("Idempotency-Key", "fb-" + System.nanoTime());
        Map<String, Object> body = FeedbackTestKit.body("PERMIT", "个转企以后食品经营许可证需要重新办理吗？");
        Api.Response first = api.send("POST", FeedbackTestKit.SUBMIT, owner, body, null, key);
        Api.Response again = api.send("POST", FeedbackTestKit.SUBMIT, owner, body, null, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(api.get("/api/v1/me/feedback", owner).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherOwnersTicketIsNotFoundAndStaffMayNotSubmit() {
        String owner = users.newOwnerToken();
        long id = kit.submitOk(owner);
        String other = users.newOwnerToken();
        Api.Response r = kit.ownerGet(other, id);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("FEEDBACK_NOT_FOUND");
        assertThat(api.post("/api/v1/feedback/" + id + "/rating", other, Map.of("score", 5)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/feedback/" + id + "/reopen", other, Map.of()).status()).isEqualTo(404);
        assertThat(kit.ownerGet(owner, 999_999_999L).status()).isEqualTo(404);
        Api.Response staff = kit.submit(users.staffToken(Role.ASSOCIATION), FeedbackTestKit.body("FINANCING", "工作人员不能以经营者身份提交"));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(kit.submit(null, FeedbackTestKit.body("FINANCING", "未登录也不能提交诉求的内容")).status()).isEqualTo(401);
    }
}
