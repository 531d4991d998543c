package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.push.PushDispatcher;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;

/**
 * The set-up of notice tests that publish with push: a business tag of the test's own (so its audience is only
 * the owners it makes), the shared dispatcher paused (the test drives it), the clock at {@link #startAt()}.
 */
abstract class PushingNoticeTest {

    /** 10:00 on a weekday: outside quiet hours. */
    static final String WEEKDAY_MORNING = "2026-11-26T10:00:00+08:00";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dictionaries dictionaries;
    @Autowired
    MutableClock clock;
    @Autowired
    PushDispatcher dispatcher;

    NoticeTestKit kit;
    String tag;

    /** Where the test's clock starts. */
    String startAt() {
        return WEEKDAY_MORNING;
    }

    @BeforeEach
    void setUpPushingNotice() {
        kit = new NoticeTestKit(api, jdbc);
        tag = NoticeTestKit.uniqueTag();
        kit.dictionaryTag(tag, dictionaries::refresh);
        dispatcher.setPolling(false);
        clock.setInstant(OffsetDateTime.parse(startAt()).toInstant());
    }

    @AfterEach
    void tearDownPushingNotice() {
        clock.reset();
        dispatcher.setPolling(true);
    }
}
