package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InboxTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;

    @BeforeEach
    void quiet() {
        dispatcher.setPolling(false);
    }

    @AfterEach
    void restore() {
        dispatcher.setPolling(true);
    }

    @Test
    void messagesListUnreadCountAndMarkRead() {
        String owner = users.newOwnerToken();
        long id = userId(owner);
        pushTasks.create(PushFixtures.notice("第一条通知", Recipients.users(List.of(id))).urgent(true));
        pushTasks.create(PushFixtures.notice("第二条通知", Recipients.users(List.of(id))).urgent(true));

        assertThat(unread(owner)).isEqualTo(2);
        assertThat(api.get("/api/v1/me", owner).json().get("unreadMessages").asLong()).isEqualTo(2);
        Api.Response list = api.get("/api/v1/me/messages?page=1&size=1", owner);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(2);
        assertThat(list.json().get("size").asInt()).isEqualTo(1);
        JsonNode newest = list.json().get("items").get(0);
        assertThat(newest.get("title").asText()).isEqualTo("第二条通知");
        assertThat(newest.get("read").asBoolean()).isFalse();
        assertThat(newest.get("link").asText()).isEqualTo("/pages/notice/detail?id=1");
        assertThat(newest.get("createdAt").asText()).endsWith("+08:00");

        long messageId = newest.get("id").asLong();
        Api.Response read = api.post("/api/v1/me/messages/" + messageId + "/read", owner, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(unread(owner)).isEqualTo(1);
        // twice is fine
        assertThat(api.post("/api/v1/me/messages/" + messageId + "/read", owner, null).status()).isEqualTo(200);
        assertThat(unread(owner)).isEqualTo(1);

        assertThat(api.post("/api/v1/me/messages/read-all", owner, null).json().get("count").asLong()).isEqualTo(1);
        assertThat(unread(owner)).isZero();
        assertThat(api.get("/api/v1/me", owner).json().get("unreadMessages").asLong()).isZero();
    }

    @Test
    void anotherOwnersMessageIsNotFound() {
        String owner = users.newOwnerToken();
        String other = users.newOwnerToken();
        pushTasks.create(PushFixtures.notice("私人消息", Recipients.users(List.of(userId(owner)))).urgent(true));
        long messageId = api.get("/api/v1/me/messages", owner).json().get("items").get(0).get("id").asLong();

        Api.Response r = api.post("/api/v1/me/messages/" + messageId + "/read", other, null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/me/messages", other).json().get("total").asLong()).isZero();
        assertThat(unread(owner)).isEqualTo(1);
        assertThat(api.post("/api/v1/me/messages/999999999/read", owner, null).status()).isEqualTo(404);
    }

    @Test
    void inboxIsForOwnersOnly() {
        assertThat(api.get("/api/v1/me/messages", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me/messages/unread-count", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me/messages", users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(403);
    }

    private long unread(String token) {
        Api.Response r = api.get("/api/v1/me/messages/unread-count", token);
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("count").asLong();
    }

    private long userId(String token) {
        return api.get("/api/v1/me", token).json().get("id").asLong();
    }
}
