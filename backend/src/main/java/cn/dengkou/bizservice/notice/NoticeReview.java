package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.notice.NoticeAuditTrail.Action;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The second pair of eyes: submit for review, approve (never by anyone who wrote the notice),
 * reject back to DRAFT with a reason.
 */
@Service
class NoticeReview {

    private static final Logger log = LoggerFactory.getLogger(NoticeReview.class);
    /** Someone who created or edited the notice: they may not approve it (checked again in the UPDATE). */
    private static final String WROTE_IT = AuditTrail.actedSql(Notice.KIND, "notice.id", Action.WRITING);

    private final NoticeMapper notices;
    private final AuditTrail audit;
    private final NoticeAuthoring authoring;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeReview(NoticeMapper notices, AuditTrail audit, NoticeAuthoring authoring,
                 TransactionTemplate tx, Clock clock) {
        this.notices = notices;
        this.audit = audit;
        this.authoring = authoring;
        this.tx = tx;
        this.clock = clock;
    }

    NoticeViews.Staff submit(long id, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        move(n, NoticeTransition.SUBMIT, staff, now, null, w -> w
                .set(Notice::getSubmittedBy, staff.id())
                .set(Notice::getSubmittedAt, now), "只有草稿可以提交审核");
        return authoring.get(id, staff);
    }

    NoticeViews.Staff approve(long id, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, id, staff);
        if (n.getCreatedBy() == staff.id() || audit.actedAny(Notice.KIND, id, staff.id(), Action.WRITING)) {
            throw new ApiException(ErrorCode.NOTICE_SELF_APPROVAL);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        move(n, NoticeTransition.APPROVE, staff, now, null, w -> w
                .ne(Notice::getCreatedBy, staff.id())
                .notExists(WROTE_IT, staff.id())
                .set(Notice::getApprovedBy, staff.id())
                .set(Notice::getApprovedAt, now), "只有待审核的公告可以审核通过");
        return authoring.get(id, staff);
    }

    NoticeViews.Staff reject(long id, String reason, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        String why = reason.strip();
        move(n, NoticeTransition.REJECT, staff, now, Map.of("reason", why), w -> w
                .set(Notice::getRejectedBy, staff.id())
                .set(Notice::getRejectedAt, now)
                .set(Notice::getRejectReason, why)
                .set(Notice::getApprovedBy, null)
                .set(Notice::getApprovedAt, null), "只有待审核或已审核的公告可以退回");
        return authoring.get(id, staff);
    }

    private void move(Notice n, NoticeTransition t, AuthUser staff, LocalDateTime now, Map<String, ?> details,
                      Consumer<LambdaUpdateWrapper<Notice>> sets,
                      String conflict) {
        tx.executeWithoutResult(s -> {
            if (notices.transition(n.getId(), t, now, sets) == 0) {
                Notice current = notices.selectById(n.getId());
                if (t == NoticeTransition.APPROVE && current.is(NoticeStatus.IN_REVIEW)) {
                    throw new ApiException(ErrorCode.NOTICE_SELF_APPROVAL);
                }
                throw NoticeAuthoring.stateConflict(current, conflict);
            }
            audit.record(Notice.KIND, n.getId(), n.getCounty(), staff.id(), Action.valueOf(t.name()), details, now);
        });
        log.info("notice {} {} by staff {}", n.getId(), t, staff.id());
    }
}
