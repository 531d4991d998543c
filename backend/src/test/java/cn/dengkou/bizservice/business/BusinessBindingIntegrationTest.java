package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.dengkou.bizservice.business.BusinessTestKit.ME;
import static cn.dengkou.bizservice.business.BusinessTestKit.bind;
import static cn.dengkou.bizservice.business.BusinessTestKit.bindOk;
import static cn.dengkou.bizservice.business.BusinessTestKit.claim;
import static cn.dengkou.bizservice.business.BusinessTestKit.importCsv;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BusinessBindingIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    @Test
    void aCodeTheRegistryDoesNotHoldWaitsForReview() {
        String owner = users.newOwnerToken();
        String uscc = TestUscc.random();

        Api.Response r = bind(api, owner, uscc.toLowerCase(), "磴口县甲店");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("PENDING");
        Api.Response mine = api.get(ME, owner);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("id").asLong()).isEqualTo(r.json().get("id").asLong());
        assertThat(mine.json().get("uscc").asText()).isEqualTo(uscc);
        assertThat(mine.json().get("name").asText()).isEqualTo("磴口县甲店");
        assertThat(mine.json().get("kind").asText()).isEqualTo("INDIVIDUAL");
        assertThat(mine.json().get("tags").isEmpty()).isTrue();
        assertThat(api.get("/api/v1/me", owner).json().at("/business/uscc").asText()).isEqualTo(uscc);
    }

    @Test
    void aCodeAndNameTheRegistryHoldsIsVerifiedAtOnceWithTheRegistryFacts() {
        String uscc = TestUscc.random();
        assertThat(importCsv(api, users.adminToken(),
                uscc + ",磴口县老王 (饭店),王五,个体工商户,住宿和餐饮业,渡口镇,2019-03-08,小规模纳税人").status())
                .isEqualTo(200);
        String owner = users.newOwnerToken();
        Map<String, Object> body = claim(uscc, " 磴口县老王（饭店）");
        body.put("kind", "ENTERPRISE");
        body.put("industry", "F");
        body.put("township", "BYGL");

        Api.Response r = api.post(ME, owner, body);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("VERIFIED");
        Api.Response mine = api.get(ME, owner);
        assertThat(mine.json().get("status").asText()).isEqualTo("VERIFIED");
        assertThat(mine.json().get("name").asText()).isEqualTo("磴口县老王（饭店）");
        assertThat(mine.json().get("kind").asText()).isEqualTo("INDIVIDUAL");
        assertThat(mine.json().get("industry").asText()).isEqualTo("H");
        assertThat(mine.json().get("township").asText()).isEqualTo("DK");
        assertThat(mine.json().get("registeredOn").asText()).isEqualTo("2019-03-08");
        assertThat(mine.json().get("taxpayerType").asText()).isEqualTo("SMALL_SCALE");
    }

    @Test
    void aDifferentNameThanTheRegistryWaitsForReview() {
        String uscc = TestUscc.random();
        importCsv(api, users.adminToken(), uscc + ",磴口县老李饭店,李四,个体工商户,H,DK,,");

        Api.Response r = bind(api, users.newOwnerToken(), uscc, "磴口县老李小吃");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aWrongCheckDigitOrLengthIsUsccInvalid() {
        String owner = users.newOwnerToken();
        String uscc = TestUscc.random();
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');

        Api.Response badCheck = bind(api, owner, wrong, "磴口县甲店");
        Api.Response badLength = bind(api, owner, uscc.substring(0, 15), "磴口县甲店");
        Api.Response badChars = bind(api, owner, "9215082212345678IO", "磴口县甲店");

        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.code()).isEqualTo("USCC_INVALID");
        assertThat(badCheck.json().get("detail").asText()).isEqualTo("统一社会信用代码校验位错误");
        assertThat(badLength.code()).isEqualTo("USCC_INVALID");
        assertThat(badLength.json().get("detail").asText()).contains("18位");
        assertThat(badChars.code()).isEqualTo("USCC_INVALID");
        assertThat(api.get(ME, owner).status()).isEqualTo(404);
    }

    @Test
    void missingFieldsAreNamedWithChineseMessages() {
        Map<String, Object> body = claim(TestUscc.random(), " ");
        body.remove("township");

        Api.Response r = api.post(ME, users.newOwnerToken(), body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().get("errors").toString())
                .contains("\"field\":\"name\"").contains("请填写经营主体名称")
                .contains("\"field\":\"township\"").contains("请选择所在乡镇");
    }

    @Test
    void codesOutsideTheDictionariesAreRefusedNamingTheField() {
        String owner = users.newOwnerToken();
        for (String[] bad : new String[][]{{"kind", "COOP"}, {"industry", "Z"}, {"township", "临河镇"},
                {"taxpayerType", "SPECIAL"}}) {
            Map<String, Object> body = claim(TestUscc.random(), "磴口县甲店");
            body.put(bad[0], bad[1]);

            Api.Response r = api.post(ME, owner, body);

            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().get("detail").asText()).contains(bad[0]).contains(bad[1]);
        }
        Map<String, Object> future = claim(TestUscc.random(), "磴口县甲店");
        future.put("registeredOn", "2999-01-01");
        assertThat(api.post(ME, owner, future).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(ME, owner).status()).isEqualTo(404);
    }

    @Test
    void aCodeBoundByAnotherOwnerIsAConflict() {
        String uscc = TestUscc.random();
        bindOk(api, users.newOwnerToken(), uscc, "磴口县甲店");

        Api.Response r = bind(api, users.newOwnerToken(), uscc, "磴口县甲店");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("BUSINESS_ALREADY_BOUND");
    }

    @Test
    void bindingTheSameCodeAgainAnswersTheSameClaim() {
        String owner = users.newOwnerToken();
        String uscc = TestUscc.random();
        Api.Response first = bind(api, owner, uscc, "磴口县甲店");

        Api.Response again = bind(api, owner, uscc, "磴口县甲店（改名）");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(api.get(ME, owner).json().get("name").asText()).isEqualTo("磴口县甲店");
    }

    @Test
    void anOwnerWithABusinessCannotBindAnother() {
        String owner = users.newOwnerToken();
        bindOk(api, owner, TestUscc.random(), "磴口县甲店");

        Api.Response r = bind(api, owner, TestUscc.random(), "磴口县乙店");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("USER_ALREADY_BOUND");
    }

    @Test
    void aRejectedClaimIsReplacedByTheOwnersNextOne() {
        String owner = users.newOwnerToken();
        String admin = users.adminToken();
        long id = bindOk(api, owner, TestUscc.random(), "磴口县甲店");
        api.put("/api/v1/admin/businesses/" + id + "/tags", admin, Map.of("tags", List.of("GROWTH")));
        assertThat(api.post("/api/v1/admin/businesses/" + id + "/reject", admin, Map.of("reason", "名称与执照不符"))
                .status()).isEqualTo(200);
        assertThat(api.get(ME, owner).json().get("reviewNote").asText()).isEqualTo("名称与执照不符");
        String next = TestUscc.random();

        Api.Response r = bind(api, owner, next, "磴口县乙店");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("PENDING");
        Api.Response mine = api.get(ME, owner);
        assertThat(mine.json().get("uscc").asText()).isEqualTo(next);
        assertThat(mine.json().get("tags").isEmpty()).isTrue();
        assertThat(mine.json().get("reviewNote").isNull()).isTrue();
    }

    @Test
    void aRejectedClaimDoesNotKeepTheCodeFromItsRealOwner() {
        String squatter = users.newOwnerToken();
        String uscc = TestUscc.random();
        long id = bindOk(api, squatter, uscc, "磴口县甲店");
        api.post("/api/v1/admin/businesses/" + id + "/reject", users.adminToken(), Map.of("reason", "非本人经营"));
        String realOwner = users.newOwnerToken();

        Api.Response r = bind(api, realOwner, uscc, "磴口县甲店");

        assertThat(r.status()).isEqualTo(201);
        assertThat(api.get(ME, realOwner).json().get("uscc").asText()).isEqualTo(uscc);
        assertThat(api.get(ME, squatter).status()).isEqualTo(404);
    }

    @RepeatedTest(5)
    void twoOwnersBindingOneCodeAtOnceExactlyOneWins() throws Exception {
        String uscc = TestUscc.random();
        String a = users.newOwnerToken();
        String b = users.newOwnerToken();

        List<Api.Response> results = race(() -> bind(api, a, uscc, "磴口县甲店"), () -> bind(api, b, uscc, "磴口县甲店"));

        assertThat(results).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(results).filteredOn(r -> r.status() == 409).extracting(Api.Response::code)
                .containsExactly("BUSINESS_ALREADY_BOUND");
        assertThat(List.of(api.get(ME, a).status(), api.get(ME, b).status())).containsExactlyInAnyOrder(200, 404);
    }

    @RepeatedTest(3)
    void oneOwnerSendingTheSameClaimTwiceAtOnceGetsOneBusiness() throws Exception {
        String uscc = TestUscc.random();
        String owner = users.newOwnerToken();

        List<Api.Response> results = race(() -> bind(api, owner, uscc, "磴口县甲店"),
                () -> bind(api, owner, uscc, "磴口县甲店"));

        assertThat(results).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 200);
        assertThat(results.get(0).json().get("id")).isEqualTo(results.get(1).json().get("id"));
    }

    @Test
    void anOwnerSeesOnlyTheirOwnBusiness() {
        String a = users.newOwnerToken();
        String b = users.newOwnerToken();
        bindOk(api, a, TestUscc.random(), "磴口县甲店");

        Api.Response other = api.get(ME, b);

        assertThat(other.status()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("BUSINESS_NOT_FOUND");
    }

    @Test
    void onlyOwnersUseTheirBusinessEndpoints() {
        String staff = users.staffToken(Role.ASSOCIATION);
        Map<String, Object> body = claim(TestUscc.random(), "磴口县甲店");

        assertThat(api.get(ME, null).status()).isEqualTo(401);
        assertThat(api.post(ME, null, body).status()).isEqualTo(401);
        assertThat(api.get(ME, staff).status()).isEqualTo(403);
        assertThat(api.post(ME, users.adminToken(), body).status()).isEqualTo(403);
    }

    /** Runs both calls as close to simultaneously as two threads allow. */
    @SafeVarargs
    private static List<Api.Response> race(Callable<Api.Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Callable<Api.Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Response> results = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
