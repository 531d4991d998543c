package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The app starts with V4 applied, and the entity maps every column of {@code notice}. */
@IntegrationTest
class NoticeSchemaTest {

    @Autowired
    NoticeMapper notices;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationCreatesEveryNoticeTable() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND (table_name LIKE 'notice%' OR table_name = 'stored_file')", String.class);
        // V6 moved notice_audit and notice_term into the shared audit_entry and search_term
        assertThat(tables).containsExactlyInAnyOrder("notice", "notice_department", "notice_target", "notice_attachment",
                "notice_read", "notice_favorite", "notice_view", "stored_file");
    }

    @Test
    void entityRoundTripsAndTransitionsAreConditional() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 26, 9, 0);
        Notice n = new Notice();
        n.setTitle("个体工商户税费减免政策");
        n.setSummary("摘要");
        n.setBody("<p>正文</p>");
        n.setBodyText("正文");
        n.setCategory("FISCAL_TAX");
        n.setAudience("{\"kinds\":[]}");
        n.setStatus(NoticeStatus.DRAFT.name());
        n.setCreatedBy(1L);
        n.setCreatedAt(now);
        n.setUpdatedAt(now);
        notices.insert(n);

        Notice read = notices.selectById(n.getId());
        assertThat(read.getTitle()).isEqualTo("个体工商户税费减免政策");
        assertThat(read.is(NoticeStatus.DRAFT)).isTrue();
        assertThat(read.getCreatedAt()).isEqualTo(now);

        assertThat(notices.transition(n.getId(), NoticeTransition.APPROVE, now, w -> { })).isZero();
        assertThat(notices.transition(n.getId(), NoticeTransition.SUBMIT, now, w -> w.set(Notice::getSubmittedBy, 1L))).isOne();
        assertThat(notices.transition(n.getId(), NoticeTransition.SUBMIT, now, w -> { })).isZero();
        assertThat(notices.selectById(n.getId()).getStatus()).isEqualTo("IN_REVIEW");
        notices.deleteById(n.getId());
    }
}
