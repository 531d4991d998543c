package cn.dengkou.bizservice.dictionary;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADMIN's dictionary upkeep in a single-county deployment: the one ADMIN keeps the county's townships and the shared
 * dictionaries; entries are renamed and disabled, never deleted; readers see a change at once; other roles are refused.
 */
@IntegrationTest
class DictionaryUpkeepTest {

    static final String ADMIN = "/api/v1/admin/dictionaries";
    static final String ENTRIES = ADMIN + "/entries/";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    static String code() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static Map<String, Object> entry(String code, String name, String county, Integer sortOrder) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("county", county);
        m.put("sortOrder", sortOrder);
        return m;
    }

    static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    @Test
    void theOneAdminAddsRenamesDisablesAndEnablesAndReadersSeeItAtOnce() {
        String admin = users.adminToken();
        String code = code();
        Api.Response added = api.post(ADMIN + "/townships/entries", admin, entry(code, "新镇" + code, null, null));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode e = added.json();
        assertThat(e.get("county").asText()).as("the one served county").isEqualTo("150822");
        assertThat(e.get("countyName").asText()).isEqualTo("磴口县");
        assertThat(e.get("enabled").asBoolean()).isTrue();
        assertThat(e.get("sortOrder").asInt()).as("after the last township").isGreaterThan(5);
        long id = e.get("id").asLong();
        assertThat(codes(api.get("/api/v1/dictionaries/townships", null).json())).contains(code);

        Api.Response renamed = api.put(ENTRIES + id, admin, Map.of("name", "改名镇" + code, "sortOrder", 3));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("code").asText()).isEqualTo(code);
        assertThat(nameIn(api.get("/api/v1/dictionaries/townships", null).json(), code)).isEqualTo("改名镇" + code);

        Api.Response disabled = api.post(ENTRIES + id + "/disable", admin, null);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(codes(api.get("/api/v1/dictionaries/townships", null).json())).as("not offered").doesNotContain(code);
        JsonNode listed = api.get(ADMIN + "/townships/entries", admin).json();
        assertThat(codes(listed)).as("ADMIN still lists it").contains(code);
        assertThat(api.post(ENTRIES + id + "/disable", admin, null).status()).as("disabling twice").isEqualTo(200);

        Api.Response again = api.post(ADMIN + "/townships/entries", admin, entry(code, "又一个" + code, null, null));
        assertThat(again.status()).as("a disabled entry keeps its code").isEqualTo(409);
        assertThat(again.code()).isEqualTo("DICTIONARY_CODE_TAKEN");

        assertThat(api.post(ENTRIES + id + "/enable", admin, null).json().get("enabled").asBoolean()).isTrue();
        assertThat(codes(api.get("/api/v1/dictionaries/townships?county=150822", null).json())).contains(code);

        JsonNode trail = api.get("/api/v1/admin/audit?subjectKind=dictionary&subjectId=" + id, admin).json();
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(t -> actions.add(t.get("action").asText()));
        assertThat(actions).as("newest first; the second disable changed nothing")
                .containsExactly("ENABLE", "DISABLE", "RENAME", "CREATE");
        JsonNode rename = trail.get("items").get(2).get("detail");
        assertThat(rename.at("/from/name").asText()).isEqualTo("新镇" + code);
        assertThat(rename.at("/to/name").asText()).isEqualTo("改名镇" + code);
    }

    @Test
    void aDisabledEntryIsRefusedForNewRecordsButOldRecordsKeepItsLabel() {
        String admin = users.adminToken();
        String category = code();
        long id = api.post(ADMIN + "/notice-categories/entries", admin, entry(category, "临时分类" + category, null, null))
                .json().get("id").asLong();
        Map<String, Object> notice = new HashMap<>();
        notice.put("title", "分类停用测试" + category);
        notice.put("summary", "摘要");
        notice.put("body", "<p>正文</p>");
        notice.put("category", category);
        notice.put("departments", List.of("TAX"));
        notice.put("audience", Map.of());
        notice.put("attachments", List.of());
        Api.Response created = api.post("/api/v1/admin/notices", admin, notice);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long noticeId = created.json().get("id").asLong();

        assertThat(api.post(ENTRIES + id + "/disable", admin, null).status()).isEqualTo(200);
        Api.Response old = api.get("/api/v1/admin/notices/" + noticeId, admin);
        assertThat(old.json().get("categoryName").asText()).as("the old record's label").isEqualTo("临时分类" + category);
        Api.Response refused = api.post("/api/v1/admin/notices", admin, notice);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.body()).contains("category");
    }

    @Test
    void badInputIsAProblemWithAStableCode() {
        String admin = users.adminToken();
        String code = code();
        String path = ADMIN + "/business-tags/entries";
        for (Map<String, Object> bad : List.of(entry("lower" + code, "名称", null, null), entry("", "名称", null, null),
                entry(code, " ", null, null), entry(code, "长".repeat(51), null, null), entry(code, "名称", null, -1),
                entry(code, "名称", null, 10_000))) {
            Api.Response r = api.post(path, admin, bad);
            assertThat(r.status()).as(bad + " " + r.body()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().get("errors")).as(r.body()).isNotEmpty();
        }
        Api.Response county = api.post(path, admin, entry(code, "名称" + code, "150822", null));
        assertThat(county.status()).as("a shared entry has no county").isEqualTo(400);
        assertThat(county.json().at("/errors/0/field").asText()).isEqualTo("county");
        Api.Response unserved = api.post(ADMIN + "/townships/entries", admin, entry(code, "名称" + code, "150826", null));
        assertThat(unserved.status()).as(unserved.body()).isEqualTo(400);
        assertThat(unserved.json().at("/errors/0/detail").asText()).contains("150826");
        for (String dictionary : List.of("no-such", "counties")) {
            Api.Response r = api.post(ADMIN + "/" + dictionary + "/entries", admin, entry(code, "名称", null, null));
            assertThat(r.status()).as(dictionary).isEqualTo(404);
            assertThat(r.code()).isEqualTo("DICTIONARY_NOT_FOUND");
            assertThat(api.get(ADMIN + "/" + dictionary + "/entries", admin).code()).isEqualTo("DICTIONARY_NOT_FOUND");
        }
        Api.Response badFilter = api.get(ADMIN + "/townships/entries?county=999999", admin);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.code()).isEqualTo("VALIDATION_FAILED");

        long id = api.post(path, admin, entry(code, "标签" + code, null, null)).json().get("id").asLong();
        Api.Response sameName = api.post(path, admin, entry(code(), "标签" + code, null, null));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.code()).isEqualTo("DICTIONARY_NAME_TAKEN");
        Api.Response renameToTaken = api.put(ENTRIES + id, admin, Map.of("name", "个转企培育库", "sortOrder", 1));
        assertThat(renameToTaken.code()).as(renameToTaken.body()).isEqualTo("DICTIONARY_NAME_TAKEN");
        Api.Response noOrder = api.put(ENTRIES + id, admin, Map.of("name", "新名" + code));
        assertThat(noOrder.status()).isEqualTo(400);
        assertThat(noOrder.json().at("/errors/0/field").asText()).isEqualTo("sortOrder");
        Api.Response missing = api.put(ENTRIES + Long.MAX_VALUE, admin, Map.of("name", "新名", "sortOrder", 1));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("DICTIONARY_ENTRY_NOT_FOUND");
        assertThat(api.post(ENTRIES + Long.MAX_VALUE + "/disable", admin, null).code()).isEqualTo("DICTIONARY_ENTRY_NOT_FOUND");

        // a disabled entry's name is free; enabling it again while another entry has it is refused
        api.post(ENTRIES + id + "/disable", admin, null);
        assertThat(api.post(path, admin, entry(code(), "标签" + code, null, null)).status()).isEqualTo(201);
        Api.Response enable = api.post(ENTRIES + id + "/enable", admin, null);
        assertThat(enable.status()).isEqualTo(409);
        assertThat(enable.code()).isEqualTo("DICTIONARY_NAME_TAKEN");
    }

    @Test
    void otherRolesAndOwnersAreRefused() {
        String admin = users.adminToken();
        long id = api.post(ADMIN + "/business-tags/entries", admin, entry(code(), "角色测试" + code(), null, null))
                .json().get("id").asLong();
        List<String> callers = new ArrayList<>(List.of(users.newOwnerToken(), users.staffToken(Role.ASSOCIATION),
                users.staffToken(Role.HR), users.staffToken(Role.DEPARTMENT)));
        for (String caller : callers) {
            for (Api.Response r : List.of(api.get(ADMIN, caller), api.get(ADMIN + "/townships/entries", caller),
                    api.post(ADMIN + "/townships/entries", caller, entry(code(), "越权", null, null)),
                    api.put(ENTRIES + id, caller, Map.of("name", "越权", "sortOrder", 1)),
                    api.post(ENTRIES + id + "/disable", caller, null), api.post(ENTRIES + id + "/enable", caller, null))) {
                assertThat(r.status()).as(r.body()).isEqualTo(403);
                assertThat(r.code()).isEqualTo("FORBIDDEN");
            }
        }
        assertThat(api.get(ADMIN + "/townships/entries", null).status()).isEqualTo(401);
        JsonNode dictionaries = api.get(ADMIN, admin).json();
        assertThat(dictionaries.get(0).get("name").asText()).isEqualTo("townships");
        assertThat(dictionaries.get(0).get("perCounty").asBoolean()).isTrue();
        assertThat(dictionaries.get(1).get("perCounty").asBoolean()).isFalse();
    }

    private static String nameIn(JsonNode list, String code) {
        for (JsonNode e : list) {
            if (code.equals(e.get("code").asText())) {
                return e.get("name").asText();
            }
        }
        return null;
    }
}
