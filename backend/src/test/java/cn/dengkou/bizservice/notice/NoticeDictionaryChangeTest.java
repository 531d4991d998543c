package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** The owners' list renders category names into cached pages: an ADMIN's rename shows on the next request. */
@IntegrationTest
class NoticeDictionaryChangeTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRenamedCategoryShowsInTheCachedListAtOnce() {
        String admin = users.adminToken();
        String category = NoticeTestKit.uniqueTag().toUpperCase();
        Map<String, Object> entry = new HashMap<>(Map.of("code", category, "name", "旧分类" + category));
        Api.Response added = api.post("/api/v1/admin/dictionaries/notice-categories/entries", admin, entry);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>(notice("分类改名" + category));
        body.put("category", category);
        new NoticeTestKit(api, jdbc).published(admin, body);

        String list = "/api/v1/notices?category=" + category;
        assertThat(api.get(list, null).json().at("/items/0/categoryName").asText()).isEqualTo("旧分类" + category);
        assertThat(api.get(list, null).json().at("/items/0/categoryName").asText()).as("cached").isEqualTo("旧分类" + category);
        Api.Response renamed = api.put("/api/v1/admin/dictionaries/entries/" + added.json().get("id").asLong(), admin,
                Map.of("name", "新分类" + category, "sortOrder", 99));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(api.get(list, null).json().at("/items/0/categoryName").asText()).isEqualTo("新分类" + category);
        assertThat(api.get("/api/v1/dictionaries/notice-categories", null).json().findValuesAsText("name"))
                .contains("新分类" + category).doesNotContain("旧分类" + category);
    }
}
