package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/** A dispatcher configured with a short lease (a few seconds, as in the crash script) still sends. */
@IntegrationTest
class PushLeaseMarginTest {

    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    SendThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PushTaskMapper taskMapper;
    @Autowired
    PushOutboxMapper outboxMapper;
    @Autowired
    OutboxClaims claims;
    @Autowired
    OutboxSettlement settlement;
    @Autowired
    WechatClient wechat;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    final WechatSimulator sim = WechatSimulator.shared();
    DispatcherControl control;

    @BeforeEach
    void setUp() {
        control = new DispatcherControl(dispatcher, throttle, clock);
        control.takeOver();
    }

    @AfterEach
    void tearDown() {
        control.handBack();
    }

    /** With a 4 s lease, a fixed 10 s "too little lease left" margin would put every claimed row back, forever. */
    @Test
    void aLeaseShorterThanTheMarginStillSends() {
        PushProperties shortLease = new PushProperties("", 0,
                new PushProperties.Dispatcher(false, 0, 0, 4, Duration.ofSeconds(4), 0, null));
        PushDispatcher d = new PushDispatcher(taskMapper, outboxMapper, pushTasks, claims, settlement, wechat, throttle,
                shortLease, clock, txManager, "short-lease");
        try {
            PushFixtures fx = new PushFixtures(jdbc);
            List<PushFixtures.Owner> owners = IntStream.range(0, 5).mapToObj(i -> {
                PushFixtures.Owner o = fx.owner(null);
                fx.quota(o.userId(), NOTICE_TEMPLATE, 1);
                return o;
            }).toList();
            PushTaskView t = pushTasks.create(PushFixtures.notice("短租约",
                    Recipients.users(owners.stream().map(PushFixtures.Owner::userId).toList())));

            assertThat(d.runOnce()).isEqualTo(5);

            assertThat(fx.outbox(t.id()).values()).containsOnly("SENT");
            owners.forEach(o -> assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isEqualTo(1));
        } finally {
            d.destroy();
        }
    }
}
