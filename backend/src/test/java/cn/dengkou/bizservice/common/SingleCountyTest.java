package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's deployment serves one county (the default 150822): it answers as before counties existed. */
@IntegrationTest
class SingleCountyTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    private static List<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("code").asText()).toList();
    }

    @Test
    void oneCountyIsServedAndItsTownshipsAreTheOnlyOnes() {
        Api.Response counties = api.get("/api/v1/counties", null);
        assertThat(counties.status()).isEqualTo(200);
        assertThat(counties.json().toString()).isEqualTo("[{\"code\":\"150822\",\"name\":\"磴口县\"}]");

        List<String> all = codes(api.get("/api/v1/dictionaries/townships", null).json());
        assertThat(all).containsExactly("BYGL", "LSH", "DK", "BLNZ", "SJTH", "FARMS");
        assertThat(codes(api.get("/api/v1/dictionaries/townships?county=150822", null).json())).isEqualTo(all);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dictionary_item WHERE county = '150826'", Integer.class))
                .as("Hangjin's towns are seeded, just not served here").isEqualTo(8);
        assertThat(api.get("/api/v1/dictionaries/townships?county=150826", null).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void staffBelongToTheCountyAndManageEveryBusiness() {
        String association = users.staffToken(Role.ASSOCIATION);
        JsonNode me = api.get("/api/v1/me", association).json();
        assertThat(me.get("county").asText()).isEqualTo("150822");
        assertThat(me.get("countyName").asText()).isEqualTo("磴口县");
        assertThat(api.get("/api/v1/me", users.adminToken()).json().get("county").asText())
                .as("the bootstrap ADMIN").isEqualTo("150822");
        assertThat(api.get("/api/v1/me", users.newOwnerToken()).json().get("county").isNull())
                .as("an unbound owner has no county yet").isTrue();
    }
}
