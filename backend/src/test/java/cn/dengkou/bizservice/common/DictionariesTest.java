package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /dictionaries}: the names of the dictionaries, public, each with a Chinese label. */
@IntegrationTest
class DictionariesTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListNamesEveryDictionaryWithAChineseLabelAndEachNameOpensItsEntries() {
        Api.Response r = api.get("/api/v1/dictionaries", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode d : r.json()) {
            String name = d.get("name").asText();
            names.add(name);
            assertThat(d.get("label").asText()).as(name).matches("\\p{IsHan}[\\p{IsHan}（）]*");
            Api.Response entries = api.get("/api/v1/dictionaries/" + name, null);
            assertThat(entries.status()).as(name).isEqualTo(200);
            assertThat(entries.json().size()).as(name).isPositive();
        }
        assertThat(names).startsWith("townships", "business-kinds", "industries", "business-tags", "taxpayer-types",
                        "departments", "notice-categories", "event-kinds", "feedback-categories", "job-types")
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "SELECT DISTINCT dict_name FROM dictionary_item WHERE enabled = 1", String.class));
        assertThat(r.json().get(0).get("label").asText()).isEqualTo("乡镇（苏木）");
    }
}
