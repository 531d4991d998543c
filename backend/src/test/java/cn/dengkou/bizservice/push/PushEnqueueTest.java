package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.targeting.Audience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who gets an inbox message and who also gets an outbox row, straight from the database. */
@IntegrationTest
class PushEnqueueTest {

    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    PushFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new PushFixtures(jdbc);
        dispatcher.setPolling(false);
        clock.setInstant(OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        dispatcher.setPolling(true);
    }

    @Test
    void audienceFiltersSelectOwnersAndOnlyThoseWithQuotaGetAnOutboxRow() {
        String tag = PushFixtures.uniqueTag();
        PushFixtures.Owner a = fx.owner(tag, "INDIVIDUAL", "F", "DK");
        PushFixtures.Owner b = fx.owner(tag, "ENTERPRISE", "F", "DK");
        PushFixtures.Owner c = fx.owner(tag, "INDIVIDUAL", "C", "LSH");
        PushFixtures.Owner pending = fx.owner(tag, "INDIVIDUAL", "F", "DK", "PENDING");
        fx.owner(PushFixtures.uniqueTag(), "INDIVIDUAL", "F", "DK"); // another tag: never in these audiences
        fx.quota(a.userId(), NOTICE_TEMPLATE, 1);
        fx.quota(c.userId(), NOTICE_TEMPLATE, 2);
        fx.quota(b.userId(), "tpl-job", 3); // quota for another template does not count
        fx.quota(pending.userId(), NOTICE_TEMPLATE, 1);

        PushTaskView all = pushTasks.create(PushFixtures.notice("全部", Recipients.owners(Audience.everyone().tags(tag))));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.noQuota()).isEqualTo(1);
        assertThat(all.pending()).isEqualTo(2);
        assertThat(all.status()).isEqualTo("RUNNING");
        assertThat(fx.outbox(all.id())).containsOnlyKeys(a.userId(), c.userId()).containsValue("QUEUED");
        assertThat(fx.inboxCount(all.id())).isEqualTo(3);

        assertThat(pushTasks.create(PushFixtures.notice("个体",
                Recipients.owners(Audience.everyone().kinds("INDIVIDUAL").tags(tag)))).total()).isEqualTo(2);
        assertThat(pushTasks.create(PushFixtures.notice("批零",
                Recipients.owners(Audience.everyone().industries("F").tags(tag)))).total()).isEqualTo(2);
        PushTaskView lsh = pushTasks.create(PushFixtures.notice("隆盛合",
                Recipients.owners(Audience.everyone().townships("LSH").tags(tag))));
        assertThat(lsh.total()).isEqualTo(1);
        assertThat(fx.outbox(lsh.id())).containsOnlyKeys(c.userId());
        assertThat(pushTasks.create(PushFixtures.notice("无人",
                Recipients.owners(Audience.everyone().kinds("ENTERPRISE").industries("C").tags(tag)))).total()).isZero();
    }

    @Test
    void registrationDateAndTaxpayerTypeNarrowTheAudience() {
        String tag = PushFixtures.uniqueTag();
        PushFixtures.Owner old = fx.owner(tag);
        PushFixtures.Owner young = fx.owner(tag);
        PushFixtures.Owner unknown = fx.owner(tag);
        fx.profile(old.userId(), java.time.LocalDate.parse("2020-05-01"), "GENERAL");
        fx.profile(young.userId(), java.time.LocalDate.parse("2026-06-01"), "SMALL_SCALE");
        Audience base = Audience.everyone().tags(tag);

        PushTaskView yearOrMore = pushTasks.create(PushFixtures.notice("注册一年以上",
                Recipients.owners(base.registeredBetween(null, java.time.LocalDate.parse("2025-11-26")))));
        assertThat(fx.inboxUsers(yearOrMore.id())).containsExactly(old.userId());
        PushTaskView newOnes = pushTasks.create(PushFixtures.notice("新设主体",
                Recipients.owners(base.registeredBetween(java.time.LocalDate.parse("2026-01-01"), null))));
        assertThat(fx.inboxUsers(newOnes.id())).containsExactly(young.userId());
        PushTaskView general = pushTasks.create(PushFixtures.notice("一般纳税人", Recipients.owners(base.taxpayerTypes("GENERAL"))));
        assertThat(fx.inboxUsers(general.id())).containsExactly(old.userId());
        PushTaskView any = pushTasks.create(PushFixtures.notice("全部", Recipients.owners(base)));
        assertThat(fx.inboxUsers(any.id())).containsExactlyInAnyOrder(old.userId(), young.userId(), unknown.userId());
    }

    @Test
    void anAudienceSourceSelectsItsUsersInTheDatabase() {
        long noticeId = 900_000_000L + PushFixtures.uniqueTag().hashCode() % 1_000_000;
        PushFixtures.Owner fan = fx.owner(null);
        PushFixtures.Owner enterpriseFan = fx.owner(null, "ENTERPRISE", "C", "LSH");
        PushFixtures.Owner other = fx.owner(null);
        for (PushFixtures.Owner o : List.of(fan, enterpriseFan)) {
            jdbc.update("INSERT INTO notice_favorite (user_id, notice_id, created_at) VALUES (?, ?, NOW(3))", o.userId(), noticeId);
        }
        jdbc.update("INSERT INTO notice_favorite (user_id, notice_id, created_at) VALUES (?, ?, NOW(3))", other.userId(), noticeId + 1);

        PushTaskView fans = pushTasks.create(PushFixtures.notice("收藏者", Recipients.of("notice-favorites", noticeId)));
        assertThat(fx.inboxUsers(fans.id())).containsExactlyInAnyOrder(fan.userId(), enterpriseFan.userId());
        assertThat(pushTasks.audienceSize(Recipients.of("notice-favorites", noticeId))).isEqualTo(2);

        Recipients enterpriseFans = Recipients.of("notice-favorites", noticeId).owning(Audience.everyone().kinds("ENTERPRISE"));
        assertThat(fx.inboxUsers(pushTasks.create(PushFixtures.notice("企业收藏者", enterpriseFans)).id()))
                .containsExactly(enterpriseFan.userId());

        assertThatThrownBy(() -> pushTasks.create(PushFixtures.notice("无此来源", Recipients.of("no-such-source", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explicitUsersNeedNoBusinessAndAnEmptyListReachesNobody() {
        PushFixtures.Owner a = fx.owner(null);
        PushFixtures.Owner pending = fx.owner(null, "INDIVIDUAL", "F", "DK", "PENDING");
        fx.quota(pending.userId(), NOTICE_TEMPLATE, 1);

        PushTaskView t = pushTasks.create(PushFixtures.notice("点名", Recipients.users(List.of(a.userId(), pending.userId()))));
        assertThat(t.total()).isEqualTo(2);
        assertThat(t.noQuota()).isEqualTo(1);
        assertThat(fx.outbox(t.id())).containsOnlyKeys(pending.userId());

        PushTaskView nobody = pushTasks.create(PushFixtures.notice("空", Recipients.users(List.of())));
        assertThat(nobody.total()).isZero();
        assertThat(nobody.status()).isEqualTo("DONE");
    }

    @Test
    void ownersAmongListedUsersNeedAVerifiedBusinessThatFits() {
        String tag = PushFixtures.uniqueTag();
        PushFixtures.Owner lsh = fx.owner(tag, "INDIVIDUAL", "F", "LSH");
        PushFixtures.Owner dk = fx.owner(tag);
        PushFixtures.Owner pending = fx.owner(tag, "INDIVIDUAL", "F", "LSH", "PENDING");
        List<Long> listed = List.of(lsh.userId(), dk.userId(), pending.userId());

        assertThat(pushTasks.audienceSize(Recipients.users(listed))).isEqualTo(3);
        assertThat(pushTasks.audienceSize(Recipients.users(listed).owning(Audience.everyone()))).isEqualTo(2);
        PushTaskView t = pushTasks.create(PushFixtures.notice("点名的隆盛合商户",
                Recipients.users(listed).owning(Audience.everyone().townships("LSH"))));
        assertThat(fx.inboxUsers(t.id())).containsExactly(lsh.userId());
    }

    @Test
    void aScheduledTaskStoredBeforeTargetingStartsWithTheSameRecipients() {
        String tag = PushFixtures.uniqueTag();
        PushFixtures.Owner a = fx.owner(tag);
        PushFixtures.Owner b = fx.owner(tag, "ENTERPRISE", "C", "LSH");
        PushFixtures.Owner pending = fx.owner(tag, "INDIVIDUAL", "F", "DK", "PENDING");
        java.time.LocalDateTime later = java.time.LocalDateTime.now().plusYears(5);
        String before = "{\"kinds\":[],\"industries\":[],\"townships\":[],\"tags\":%s,\"registeredFrom\":null,"
                + "\"registeredTo\":null,\"taxpayerTypes\":[],\"userIds\":%s,\"source\":null,\"sourceRef\":null}";
        String tags = "[\"" + tag + "\"]";
        Map<String, List<Long>> expected = Map.of(
                before.formatted(tags, "null"), List.of(a.userId(), b.userId()),
                before.formatted(tags, "[" + b.userId() + "," + pending.userId() + "]"), List.of(b.userId()),
                before.formatted("[]", "[" + a.userId() + "," + pending.userId() + "]"), List.of(a.userId(), pending.userId()));
        expected.forEach((json, users) -> {
            PushTaskView t = pushTasks.create(PushFixtures.notice("升级前的定时任务", Recipients.users(List.of()))
                    .scheduledAt(later));
            jdbc.update("UPDATE push_task SET audience = ? WHERE id = ?", json, t.id());
            assertThat(pushTasks.start(t.id())).isTrue();
            assertThat(fx.inboxUsers(t.id())).as(json).containsExactlyInAnyOrderElementsOf(users);
        });
    }

    @Test
    void aDedupKeyReachesEachUserOnceEvenWhenPublishedAgain() {
        String tag = PushFixtures.uniqueTag();
        PushFixtures.Owner a = fx.owner(tag);
        PushFixtures.Owner b = fx.owner(tag);
        fx.quota(a.userId(), NOTICE_TEMPLATE, 5);
        String key = "notice:" + tag;
        Recipients audience = Recipients.owners(Audience.everyone().tags(tag));

        PushTaskView first = pushTasks.create(PushFixtures.notice("再次发布", audience).dedupKey(key));
        assertThat(first.total()).isEqualTo(2);
        pushTasks.cancel(first.id()); // withdrawn before anything went out

        PushFixtures.Owner c = fx.owner(tag); // bound since
        fx.quota(c.userId(), NOTICE_TEMPLATE, 1);
        PushTaskView again = pushTasks.create(PushFixtures.notice("再次发布", audience).dedupKey(key));
        assertThat(again.total()).isEqualTo(1);
        assertThat(fx.outbox(again.id())).containsOnlyKeys(c.userId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message m JOIN push_task t ON t.id = m.task_id "
                + "WHERE t.dedup_key = ? AND m.user_id = ?", Integer.class, key, a.userId())).isEqualTo(1);

        // without the key the same content is a new message
        assertThat(pushTasks.create(PushFixtures.notice("再次发布", audience)).total()).isEqualTo(3);
    }

    @Test
    void invalidRequestsFailBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> pushTasks.create(PushRequest.of("notice", "NOTICE", 1L, "标题", null, null,
                Map.of("number1", "not a number"), Recipients.users(List.of(1L)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pushTasks.create(PushRequest.of("nope", "NOTICE", 1L, "标题", null, null,
                Map.of("thing1", "x"), Recipients.users(List.of(1L)))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PushRequest.of("notice", "NOTICE", 1L, " ", null, null, Map.of("thing1", "x"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
