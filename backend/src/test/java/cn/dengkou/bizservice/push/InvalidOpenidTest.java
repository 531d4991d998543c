package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SEND;
import static org.assertj.core.api.Assertions.assertThat;

/** After WeChat refuses an openid (40003) no subscribe message goes to it until the user logs in again. */
@IntegrationTest
class InvalidOpenidTest {

    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    SendThrottle throttle;

    final WechatSimulator sim = WechatSimulator.shared();
    PushFixtures fx;
    DispatcherControl control;

    @BeforeEach
    void setUp() {
        fx = new PushFixtures(jdbc);
        control = new DispatcherControl(dispatcher, throttle, clock);
        control.takeOver();
    }

    @AfterEach
    void tearDown() {
        control.handBack();
    }

    @Test
    void aRefusedOpenidGetsInboxOnlyUntilTheUserLogsInAgain() {
        String code = "dev-openid-flag-" + System.nanoTime();
        String token = users.ownerToken(code);
        long userId = api.get("/api/v1/me", token).json().get("id").asLong();
        String openid = WechatSimulator.openidFor(code);
        fx.quota(userId, NOTICE_TEMPLATE, 3);

        sim.failNextSendTo(openid, 40003, 1);
        PushTaskView first = pushTasks.create(PushFixtures.notice("第一条", Recipients.users(List.of(userId))));
        dispatcher.drain();
        assertThat(fx.outbox(first.id())).containsEntry(userId, "FAILED");
        assertThat(flagged(userId)).isTrue();
        assertThat(fx.quota(userId, NOTICE_TEMPLATE)).isEqualTo(3); // refused, so not spent

        PushTaskView second = pushTasks.create(PushFixtures.notice("第二条", Recipients.users(List.of(userId))));
        assertThat(second.total()).isEqualTo(1);
        assertThat(second.noQuota()).isEqualTo(1);
        assertThat(fx.outbox(second.id())).isEmpty();
        assertThat(fx.inboxCount(second.id())).isEqualTo(1);

        users.ownerToken(code); // the same WeChat user logs in again
        assertThat(flagged(userId)).isFalse();
        PushTaskView third = pushTasks.create(PushFixtures.notice("第三条", Recipients.users(List.of(userId))));
        dispatcher.drain();
        assertThat(fx.outbox(third.id())).containsEntry(userId, "SENT");
        assertThat(sim.sendCount(openid, NOTICE_TEMPLATE)).isEqualTo(1);
    }

    private boolean flagged(long userId) {
        return jdbc.queryForObject("SELECT openid_invalid_at IS NOT NULL FROM app_user WHERE id = ?", Boolean.class, userId);
    }
}
