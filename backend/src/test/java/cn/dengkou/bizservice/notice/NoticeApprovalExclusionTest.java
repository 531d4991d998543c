package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.notice.NoticeAuditTrail.Action;
import cn.dengkou.bizservice.search.TermIndex;
import cn.dengkou.bizservice.support.IntegrationTest;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL halves of the shared pieces inside the notice's own statements: the approve UPDATE refuses
 * anyone with a writing entry in audit_entry (the race the Java check cannot close), and a search
 * condition joins the notice's visibility rule.
 */
@IntegrationTest
class NoticeApprovalExclusionTest {

    @Autowired
    NoticeMapper notices;
    @Autowired
    AuditTrail audit;
    @Autowired
    TermIndex terms;

    private long notice(NoticeStatus status, LocalDateTime now) {
        Notice n = new Notice();
        n.setTitle("四眼原则测试");
        n.setBody("<p>正文</p>");
        n.setBodyText("正文");
        n.setCategory("FISCAL_TAX");
        n.setAudience("{\"kinds\":[]}");
        n.setStatus(status.name());
        n.setCreatedBy(1L);
        n.setCreatedAt(now);
        n.setUpdatedAt(now);
        n.setPublishedAt(status == NoticeStatus.PUBLISHED ? now : null);
        notices.insert(n);
        return n.getId();
    }

    @Test
    void theApproveUpdateExcludesEveryoneWhoWroteTheNotice() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
        long id = notice(NoticeStatus.IN_REVIEW, now);
        long editor = 900_001L;
        long submitter = 900_002L;
        audit.record(Notice.KIND, id, editor, Action.UPDATE, null, now);
        audit.record(Notice.KIND, id, submitter, Action.SUBMIT, null, now);
        audit.record("business", id, submitter, Action.UPDATE, null, now);
        String wrote = AuditTrail.actedSql(Notice.KIND, "notice.id", Action.WRITING);

        assertThat(notices.transition(id, NoticeTransition.APPROVE, now, w -> w.notExists(wrote, editor))).isZero();
        assertThat(notices.transition(id, NoticeTransition.APPROVE, now, w -> w.notExists(wrote, submitter)))
                .as("submitting is not writing, and another kind's entry is not this notice's").isOne();
        notices.deleteById(id);
    }

    @Test
    void aSearchConditionJoinsTheVisibilityRule() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
        long published = notice(NoticeStatus.PUBLISHED, now);
        long draft = notice(NoticeStatus.DRAFT, now);
        String word = "qz" + published;
        terms.index(Notice.KIND, published, "稳岗补贴 " + word);
        terms.index(Notice.KIND, draft, "稳岗补贴 " + word);

        TermIndex.Condition c = TermIndex.condition(Notice.KIND, "notice.id", "稳岗 " + word);
        assertThat(notices.selectList(NoticeMapper.visible(new LambdaQueryWrapper<Notice>(), now)
                .apply(c.sql(), c.params())).stream().map(Notice::getId)).containsExactly(published);
        notices.deleteById(published);
        notices.deleteById(draft);
        terms.remove(Notice.KIND, published);
        terms.remove(Notice.KIND, draft);
    }
}
