package cn.dengkou.bizservice.dictionary;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.dictionary.DictionaryUpkeepTest.ADMIN;
import static cn.dengkou.bizservice.dictionary.DictionaryUpkeepTest.ENTRIES;
import static cn.dengkou.bizservice.dictionary.DictionaryUpkeepTest.code;
import static cn.dengkou.bizservice.dictionary.DictionaryUpkeepTest.codes;
import static cn.dengkou.bizservice.dictionary.DictionaryUpkeepTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dictionary upkeep serving 磴口县 and 杭锦后旗: a county ADMIN keeps its own county's townships only (another county's
 * entry is not found), sees the shared dictionaries but may not change them; the prefecture ADMIN keeps everything.
 */
@TwoCountyDeployment
class TwoCountyDictionaryTest {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";
    static final String PREFECTURE = "150800";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    String dengkouAdmin;
    String hangjinAdmin;
    String prefectureAdmin;

    @BeforeEach
    void staff() {
        dengkouAdmin = users.staffInCounty(DENGKOU, Role.ADMIN);
        hangjinAdmin = users.staffInCounty(HANGJIN, Role.ADMIN);
        prefectureAdmin = users.staffInCounty(PREFECTURE, Role.ADMIN);
    }

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    @Test
    void aCountyAdminKeepsItsOwnTownshipsAndAnotherCountysAreNotFound() {
        String code = code();
        Api.Response added = api.post(ADMIN + "/townships/entries", hangjinAdmin, entry(code, "杭锦新镇" + code, null, null));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("county").asText()).as("the ADMIN's own county").isEqualTo(HANGJIN);
        long id = added.json().get("id").asLong();
        assertThat(codes(api.get("/api/v1/dictionaries/townships?county=" + HANGJIN, null).json())).contains(code);
        assertThat(codes(api.get("/api/v1/dictionaries/townships?county=" + DENGKOU, null).json())).doesNotContain(code);

        for (Api.Response r : List.of(api.put(ENTRIES + id, dengkouAdmin, Map.of("name", "越权", "sortOrder", 1)),
                api.post(ENTRIES + id + "/disable", dengkouAdmin, null),
                api.post(ENTRIES + id + "/enable", dengkouAdmin, null))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("DICTIONARY_ENTRY_NOT_FOUND");
        }
        assertThat(codes(api.get(ADMIN + "/townships/entries", dengkouAdmin).json())).doesNotContain(code).contains("DK");
        assertThat(codes(api.get(ADMIN + "/townships/entries?county=" + HANGJIN, dengkouAdmin).json()))
                .as("another county's filter lists none of its entries").isEmpty();
        assertThat(codes(api.get(ADMIN + "/townships/entries", hangjinAdmin).json())).contains(code, "SHB").doesNotContain("DK");

        Api.Response elsewhere = api.post(ADMIN + "/townships/entries", dengkouAdmin, entry(code(), "越权镇", HANGJIN, null));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo("COUNTY_FORBIDDEN");

        String trail = "/api/v1/admin/audit?subjectKind=dictionary&subjectId=" + id;
        assertThat(api.get(trail, dengkouAdmin).json().get("total").asLong()).as("another county's trail").isZero();
        assertThat(api.get(trail, hangjinAdmin).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(trail, prefectureAdmin).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void sharedEntriesAreThePrefectureAdminsAndItKeepsEveryCountys() {
        String tag = code();
        Api.Response county = api.post(ADMIN + "/business-tags/entries", dengkouAdmin, entry(tag, "县标签" + tag, null, null));
        assertThat(county.status()).as(county.body()).isEqualTo(403);
        assertThat(county.code()).isEqualTo("COUNTY_FORBIDDEN");
        Api.Response shared = api.post(ADMIN + "/business-tags/entries", prefectureAdmin, entry(tag, "市标签" + tag, null, null));
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(shared.json().get("county").isNull()).isTrue();
        long tagId = shared.json().get("id").asLong();
        assertThat(codes(api.get(ADMIN + "/business-tags/entries", dengkouAdmin).json())).as("county ADMINs see it").contains(tag);
        Api.Response rename = api.put(ENTRIES + tagId, hangjinAdmin, Map.of("name", "改名", "sortOrder", 1));
        assertThat(rename.status()).as(rename.body()).isEqualTo(403);
        assertThat(rename.code()).isEqualTo("COUNTY_FORBIDDEN");
        assertThat(api.post(ENTRIES + tagId + "/disable", dengkouAdmin, null).code()).isEqualTo("COUNTY_FORBIDDEN");
        assertThat(api.get("/api/v1/admin/audit?subjectKind=dictionary&subjectId=" + tagId, dengkouAdmin)
                .json().get("total").asLong()).as("a shared entry's trail is every county's").isEqualTo(1);

        Api.Response noCounty = api.post(ADMIN + "/townships/entries", prefectureAdmin, entry(code(), "无县镇", null, null));
        assertThat(noCounty.status()).as("the prefecture ADMIN names the county").isEqualTo(400);
        assertThat(noCounty.json().at("/errors/0/field").asText()).isEqualTo("county");
        String town = code();
        Api.Response hangjin = api.post(ADMIN + "/townships/entries", prefectureAdmin, entry(town, "市建镇" + town, HANGJIN, null));
        assertThat(hangjin.status()).as(hangjin.body()).isEqualTo(201);
        assertThat(hangjin.json().get("countyName").asText()).isEqualTo("杭锦后旗");
        long dk = api.get(ADMIN + "/townships/entries?county=" + DENGKOU, prefectureAdmin).json().get(0).get("id").asLong();
        Api.Response same = api.put(ENTRIES + hangjin.json().get("id").asLong(), prefectureAdmin,
                Map.of("name", "市建镇" + town, "sortOrder", 50));
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(api.post(ENTRIES + dk + "/enable", prefectureAdmin, null).status()).as("every county's").isEqualTo(200);
        assertThat(codes(api.get(ADMIN + "/townships/entries", prefectureAdmin).json())).contains("DK", "SHB", town);

        // two counties may each have a town of a name; within one county (or against a shared entry) it is taken
        Api.Response twin = api.post(ADMIN + "/townships/entries", dengkouAdmin, entry(code(), "市建镇" + town, null, null));
        assertThat(twin.status()).as(twin.body()).isEqualTo(201);
        Api.Response taken = api.post(ADMIN + "/townships/entries", hangjinAdmin, entry(code(), "市建镇" + town, null, null));
        assertThat(taken.code()).isEqualTo("DICTIONARY_NAME_TAKEN");
    }
}
