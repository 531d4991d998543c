package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** While an owner types, published notices sharing their words (or naming the category they mention) are suggested. */
@IntegrationTest
class NoticeSuggestTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    private long notice(String staff, String title, String category, boolean publish) {
        Map<String, Object> n = new HashMap<>();
        n.put("title", title);
        n.put("summary", null);
        n.put("body", "<p>" + title + "，详见正文。</p>");
        n.put("category", category);
        n.put("departments", List.of("FINOFFICE"));
        n.put("audience", Map.of());
        n.put("validFrom", null);
        n.put("validTo", null);
        n.put("attachments", List.of());
        long id = api.post("/api/v1/admin/notices", staff, n).json().get("id").asLong();
        if (publish) {
            assertThat(api.post("/api/v1/admin/notices/" + id + "/publish", staff, Map.of("push", false)).status())
                    .isEqualTo(200);
        }
        return id;
    }

    private List<Long> suggested(String text, String token) {
        Api.Response r = api.get("/api/v1/notices/suggest?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8), token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode s : r.json()) {
            ids.add(s.get("id").asLong());
        }
        return ids;
    }

    @Test
    void publishedNoticesSharingTheWordsAreSuggested() {
        String staff = users.staffToken(Role.ASSOCIATION);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long loan = notice(staff, "磴口县创业担保贷款免担保人办理指引" + marker, "FINANCE", true);
        long draft = notice(staff, "创业担保贷款贴息草稿" + marker, "FINANCE", false);
        long other = notice(staff, "农机购置补贴申报通知" + marker, "AGRICULTURE", true);

        List<Long> ids = suggested("想申请创业担保贷款，银行说需要担保人，怎么办", users.newOwnerToken());
        assertThat(ids).contains(loan).doesNotContain(draft, other).hasSizeLessThanOrEqualTo(5);
        assertThat(suggested("想申请创业担保贷款", null)).as("guests too").contains(loan);
        assertThat(suggested("今天天气很好", null)).doesNotContain(loan, other);

        assertThat(api.get("/api/v1/notices/suggest", null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/notices/suggest?text=" + "长".repeat(501), null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/notices/suggest?text=abc&county=999999", null).status()).isEqualTo(400);
    }
}
