package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.IntegrationTest;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The container runs one filter (Spring Security's chain); the work of the removed ones still happens. */
@IntegrationTest
class ServletPipelineTest {

    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    Api api;

    @Test
    void theContainerHasOnlyTheSecurityFilter() {
        Tomcat tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Context app = (Context) tomcat.getHost().findChildren()[0];
        assertThat(Arrays.stream(app.findFilterDefs()).map(FilterDef::getFilterName))
                .containsExactly("springSecurityFilterChain");
        assertThat(app.getRequestCharacterEncoding()).isEqualTo("UTF-8");
        assertThat(app.getResponseCharacterEncoding()).isEqualTo("UTF-8");
    }

    @Test
    void aChunkedBodyOverTheLimitIsStillCutAt413() throws Exception {
        byte[] big = ("{\"username\":\"" + "a".repeat(300_000) + "\",\"password\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/auth/staff-login"))
                .header("Content-Type", "application/json")
                // an input-stream body has no known length: HttpClient sends it chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.verify("POST", request.uri().getPath(), r.statusCode(), r.headers(), r.body().getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Api.json().readTree(r.body()).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aSmallChunkedBodyStillReachesTheController() throws Exception {
        byte[] body = "{\"username\":\"没有这个人\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/auth/staff-login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.verify("POST", request.uri().getPath(), r.statusCode(), r.headers(), r.body().getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    }
}
