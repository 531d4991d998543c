package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** Chinese keyword search over title, summary and body (bigrams indexed on save). */
@IntegrationTest
class NoticeSearchTest {

    private static final String LIST = "/api/v1/notices";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    NoticeTestKit kit;
    String staff;
    String marker;

    @BeforeEach
    void setUp() {
        kit = new NoticeTestKit(api, jdbc);
        staff = users.staffToken(Role.ASSOCIATION);
        marker = "sx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private Map<String, Object> withBody(String title, String html) {
        Map<String, Object> m = notice(title + " " + marker);
        m.put("body", html);
        return m;
    }

    @Test
    void aTwoCharacterWordInsideTheBodyIsFoundAndAbsentWordsAreNot() {
        long loan = kit.published(staff, withBody("小微企业融资政策",
                "<p>符合条件的个体工商户可申请<strong>创业担保贷款</strong>，最高三十万元。</p>"));
        long rent = kit.published(staff, withBody("房租减免通知", "<p>对承租国有房屋的经营主体减免三个月租金。</p>"));

        assertThat(search("担保 " + marker)).containsExactly(loan);
        assertThat(search("贷款 " + marker)).containsExactly(loan);
        assertThat(search("租金 " + marker)).containsExactly(rent);
        assertThat(search("保贷 " + marker)).as("a bigram across a word boundary still occurs in the text").containsExactly(loan);
        assertThat(search("贷租 " + marker)).as("characters of both notices, never adjacent").isEmpty();
        assertThat(search("旅游 " + marker)).isEmpty();
        assertThat(search("创业担保贷款 最高三十万元 " + marker)).containsExactly(loan);
        assertThat(search("贷款最高 " + marker)).as("no bigram spans the comma").isEmpty();
        assertThat(search("担保贷款三百万 " + marker)).as("every bigram must occur").isEmpty();
        assertThat(search("元 " + marker)).as("a single character, at the end of a run").containsExactly(loan);
        assertThat(search("减 " + marker)).as("a single character, starting a bigram").containsExactly(rent);
    }

    @Test
    void titleSummaryAndMixedChineseLatinQueries() {
        Map<String, Object> m = withBody("RCEP关税减让指南", "<p>出口企业可享受协定税率。</p>");
        m.put("summary", "附件为PDF版本，2024年版");
        long rcep = kit.published(staff, m);
        long other = kit.published(staff, withBody("出口退税", "<p>退税申报流程。</p>"));

        assertThat(search("RCEP关税 " + marker)).containsExactly(rcep);
        assertThat(search("rcep 协定税率 " + marker)).containsExactly(rcep);
        assertThat(search("ＲＣＥＰ " + marker)).as("full-width letters are the same word").containsExactly(rcep);
        assertThat(search("pdf 2024年 " + marker)).containsExactly(rcep);
        assertThat(search("出口 " + marker)).containsExactlyInAnyOrder(rcep, other);
        assertThat(search("rcep 退税 " + marker)).isEmpty();
        assertThat(search("rce " + marker)).as("latin words match whole").isEmpty();
    }

    @Test
    void draftsAreNotFoundAndEditsReplaceTheTerms() {
        long draft = kit.create(staff, withBody("稳岗补贴", "<p>稳岗返还。</p>"));
        assertThat(search("稳岗 " + marker)).isEmpty();

        Map<String, Object> edited = withBody("稳岗补贴", "<p>技能提升补贴。</p>");
        assertThat(api.put(NoticeTestKit.ADMIN + "/" + draft, staff, edited).status()).isEqualTo(200);
        assertThat(kit.action(staff, draft, "publish", Map.of("push", false)).status()).isEqualTo(200);
        assertThat(search("技能 " + marker)).containsExactly(draft);
        assertThat(search("返还 " + marker)).as("old body's terms are gone").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE kind = 'notice' AND subject_id = ? AND term = '返还'",
                Integer.class, draft)).isZero();
    }

    @Test
    void searchCombinesWithFiltersAndRefusesQueriesWithoutWords() {
        Map<String, Object> legal = withBody("法律服务进企业", "<p>免费法律咨询。</p>");
        legal.put("category", "LEGAL");
        long l = kit.published(staff, legal);
        long t = kit.published(staff, withBody("法律与税务", "<p>免费法律咨询与纳税辅导。</p>"));
        assertThat(search("法律咨询 " + marker)).containsExactlyInAnyOrder(l, t);
        assertThat(ids(api.get(LIST + "?category=LEGAL&q=" + enc("法律咨询 " + marker), null))).containsExactly(l);

        Api.Response punct = api.get(LIST + "?q=" + enc("！？。"), null);
        assertThat(punct.status()).isEqualTo(400);
        assertThat(punct.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(punct.json().get("errors").get(0).get("field").asText()).isEqualTo("q");
        assertThat(api.get(LIST + "?q=" + "税".repeat(NoticeListing.MAX_QUERY + 1), null).status()).isEqualTo(400);
        assertThat(api.get(LIST + "?q=%20", null).status()).as("a blank q is no filter").isEqualTo(200);
    }

    private List<Long> search(String q) {
        return ids(api.get(LIST + "?size=100&q=" + enc(q), null));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
