package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.notice.ConsultationNotices;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Policy consultations (征求意见): staff who manage a published notice open it for comment until a deadline; owners whose
 * business is in the notice's audience send opinions until then (the same content check and daily limit as tickets);
 * staff mark each ADOPTED or NOTED, and the owner sees which.
 */
@Service
class Consultations {

    record ConsultationRequest(@NotNull(message = "不能为空") Long noticeId,
                               @NotNull(message = "不能为空") LocalDateTime deadline) {
    }

    record OpinionRequest(@NotNull(message = "不能为空") @Size(min = 10, max = 2000, message = "长度须在10到2000个字之间")
                          String content) {
    }

    record DecisionRequest(@Size(max = 500, message = "不能超过500个字") String reply) {
    }

    /** {@code mayComment}: the caller's business is in the audience and the deadline has not passed. */
    record ConsultationView(long noticeId, String title, LocalDateTime deadline, boolean open, boolean mayComment) {
    }

    record OpinionView(long id, long noticeId, String status, String content, @Schema(nullable = true) String contentFlag,
                       @Schema(nullable = true) String township, String kind, long ownerId,
                       @Schema(nullable = true) String reply, @Schema(nullable = true) LocalDateTime decidedAt,
                       LocalDateTime createdAt) {
        static OpinionView of(Opinion o) {
            return new OpinionView(o.getId(), o.getNoticeId(), o.getStatus(), o.getContent(), o.getContentFlag(),
                    o.getTownship(), o.getKind(), o.getOwnerId(), o.getReply(), o.getDecidedAt(), o.getCreatedAt());
        }
    }

    private final ConsultationMapper consultations;
    private final OpinionMapper opinions;
    private final ConsultationNotices notices;
    private final OwnedBusinesses businesses;
    private final ContentCheck contentCheck;
    private final DailyLimit dailyLimit;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    Consultations(ConsultationMapper consultations, OpinionMapper opinions, ConsultationNotices notices,
                  OwnedBusinesses businesses, ContentCheck contentCheck, DailyLimit dailyLimit, AuditTrail audit,
                  TransactionTemplate tx, Clock clock) {
        this.audit = audit;
        this.tx = tx;
        this.consultations = consultations;
        this.opinions = opinions;
        this.notices = notices;
        this.businesses = businesses;
        this.contentCheck = contentCheck;
        this.dailyLimit = dailyLimit;
        this.clock = clock;
    }

    ConsultationView open(ConsultationRequest r, AuthUser staff) {
        ConsultationNotices.NoticeRef n = notices.managed(r.noticeId(), staff);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!r.deadline().isAfter(now)) {
            throw ApiException.invalidFields(Map.of("deadline", "截止时间须晚于现在"));
        }
        Consultation c = new Consultation();
        c.setNoticeId(n.id());
        c.setCounty(n.county());
        c.setDeadline(r.deadline());
        c.setCreatedBy(staff.id());
        c.setCreatedAt(now);
        try {
            tx.executeWithoutResult(s -> {
                consultations.insert(c);
                audit.record(Consultation.KIND, n.id(), n.county(), staff.id(), FeedbackAuditAction.OPEN,
                        Map.of("deadline", c.getDeadline().toString()), now);
            });
        } catch (DuplicateKeyException e) {
            throw new ApiException(ErrorCode.CONSULTATION_CLOSED, "该通知已在征求意见");
        }
        return new ConsultationView(n.id(), n.title(), c.getDeadline(), true, false);
    }

    /** For owners and guests: the consultation of a published notice. */
    ConsultationView get(long noticeId, AuthUser reader) {
        ConsultationNotices.NoticeRef n = notices.published(noticeId, reader);
        Consultation c = require(noticeId);
        boolean open = LocalDateTime.now(clock).isBefore(c.getDeadline());
        return new ConsultationView(n.id(), n.title(), c.getDeadline(), open,
                open && reader != null && notices.inAudience(noticeId, reader));
    }

    /** Waits on WeChat's check: the controller runs it off the request threads. */
    OpinionView submit(long noticeId, OpinionRequest r, AuthUser owner) {
        notices.published(noticeId, owner);
        Consultation c = require(noticeId);
        if (!LocalDateTime.now(clock).isBefore(c.getDeadline())) {
            throw new ApiException(ErrorCode.CONSULTATION_CLOSED, "征求意见已于 " + c.getDeadline().toLocalDate() + " 截止");
        }
        BusinessView b = businesses.findForOwner(owner.id());
        if (b == null || !notices.inAudience(noticeId, owner)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "本次征求意见面向通知所列的经营主体，您的主体不在范围内");
        }
        String content = r.content().strip();
        dailyLimit.precheck(owner.id(), DailyLimit.Kind.OPINION);
        ContentCheck.Flag flag = contentCheck.check(owner.id(), content);
        Opinion o = new Opinion();
        o.setNoticeId(noticeId);
        o.setCounty(b.county());
        o.setOwnerId(owner.id());
        o.setBusinessId(b.id());
        o.setTownship(b.township());
        o.setKind(b.kind());
        o.setContent(content);
        o.setContentFlag(flag == null ? null : flag.name());
        o.setStatus(OpinionMapper.SUBMITTED);
        o.setCreatedAt(LocalDateTime.now(clock));
        tx.executeWithoutResult(s -> {
            dailyLimit.take(owner.id(), DailyLimit.Kind.OPINION);
            opinions.insert(o);
            audit.record(Opinion.KIND, o.getId(), o.getCounty(), owner.id(), FeedbackAuditAction.SUBMIT,
                    o.getContentFlag() == null ? Map.of("noticeId", noticeId)
                            : Map.of("noticeId", noticeId, "contentFlag", o.getContentFlag()), o.getCreatedAt());
        });
        return OpinionView.of(o);
    }

    PageResult<OpinionView> mine(AuthUser owner, PageQuery page) {
        return PageResult.of(opinions.ofOwner(owner.id(), page.toPage()), OpinionView::of);
    }

    /** Every opinion, for staff who manage the notice (their county's owners only, for county staff). */
    List<OpinionView> all(long noticeId, AuthUser staff) {
        notices.managed(noticeId, staff);
        require(noticeId);
        return opinions.ofNotice(noticeId).stream()
                .filter(o -> staff.counties() == null || staff.counties().contains(o.getCounty()))
                .map(OpinionView::of).toList();
    }

    OpinionView decide(long noticeId, long opinionId, boolean adopted, DecisionRequest r, AuthUser staff) {
        notices.managed(noticeId, staff);
        Opinion o = opinions.selectById(opinionId);
        if (o == null || o.getNoticeId() != noticeId
                || staff.counties() != null && !staff.counties().contains(o.getCounty())) {
            throw new ApiException(ErrorCode.NOT_FOUND, "意见不存在");
        }
        String reply = r == null || r.reply() == null || r.reply().isBlank() ? null : r.reply().strip();
        LocalDateTime now = LocalDateTime.now(clock);
        Boolean decided = tx.execute(s -> {
            if (!opinions.decide(opinionId, adopted ? "ADOPTED" : "NOTED", staff.id(), reply, now)) {
                return false;
            }
            audit.record(Opinion.KIND, opinionId, o.getCounty(), staff.id(),
                    adopted ? FeedbackAuditAction.ADOPT : FeedbackAuditAction.NOTE,
                    reply == null ? Map.of("noticeId", noticeId) : Map.of("noticeId", noticeId, "reply", reply), now);
            return true;
        });
        if (!Boolean.TRUE.equals(decided)) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT, "该意见已处理");
        }
        return OpinionView.of(opinions.selectById(opinionId));
    }

    private Consultation require(long noticeId) {
        Consultation c = consultations.selectById(noticeId);
        if (c == null) {
            throw new ApiException(ErrorCode.CONSULTATION_NOT_FOUND);
        }
        return c;
    }
}
