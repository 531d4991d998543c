package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.notice.NoticeAuditTrail.Action;
import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTaskView;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.wechat.TemplateData;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishing, now or at a set time, with an optional push over the notice's audience; the
 * four-eyes rule; withdrawing; the job that flips SCHEDULED notices to PUBLISHED.
 *
 * <p>A notice is visible to owners from its {@code published_at} on: publishing now sets it to now,
 * scheduling sets it to the scheduled time (so a scheduled notice appears exactly when its push goes
 * out, whether or not the release job has run yet).
 */
@Service
class NoticePublishing {

    private static final Logger log = LoggerFactory.getLogger(NoticePublishing.class);
    static final String SCENE = "notice";
    static final String REF_TYPE = "NOTICE";

    private final NoticeMapper notices;
    private final NoticeAuthoring authoring;
    private final NoticeAudiences audiences;
    private final AuditTrail audit;
    private final PushTasks pushTasks;
    private final NoticeCatalog catalog;
    private final NoticeCounties counties;
    private final NoticeProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticePublishing(NoticeMapper notices, NoticeAuthoring authoring, NoticeAudiences audiences, AuditTrail audit,
                     PushTasks pushTasks, NoticeCatalog catalog, NoticeCounties counties, NoticeProperties props,
                     TransactionTemplate tx, Clock clock) {
        this.counties = counties;
        this.notices = notices;
        this.authoring = authoring;
        this.audiences = audiences;
        this.audit = audit;
        this.pushTasks = pushTasks;
        this.catalog = catalog;
        this.props = props;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code urgent}: the push goes out during quiet hours too (app.push.quiet-hours); only with {@code push}. */
    record PublishRequest(Boolean push, LocalDateTime scheduledAt, Boolean urgent) {
    }

    NoticeViews.Published publish(long id, PublishRequest r, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean scheduled = r.scheduledAt() != null;
        LocalDateTime at = scheduled ? r.scheduledAt() : now;
        if (scheduled && !at.isAfter(now)) {
            throw ApiException.invalidFields(Map.of("scheduledAt", "定时发布时间必须晚于当前时间"));
        }
        if (n.getValidTo() != null && !n.getValidTo().isAfter(at)) {
            throw ApiException.invalidFields(Map.of("validTo", "公告发布时已过有效期，请先修改有效期"));
        }
        NoticeTransition t = scheduled ? NoticeTransition.SCHEDULE : NoticeTransition.PUBLISH;
        if (!t.allowedFrom(NoticeStatus.valueOf(n.getStatus()))) {
            throw NoticeAuthoring.stateConflict(n, "只有草稿或已审核的公告可以发布");
        }
        boolean push = Boolean.TRUE.equals(r.push());
        boolean urgent = Boolean.TRUE.equals(r.urgent());
        if (urgent && !push) {
            throw ApiException.invalidFields(Map.of("urgent", "只有推送的公告才能设为紧急"));
        }
        Audience audience = counties.reach(n, authoring.audienceOf(n));
        Integer size = push ? Math.toIntExact(audiences.size(audience)) : null;
        boolean needsApproval = push && size > props.reviewThreshold();
        if (needsApproval && !n.is(NoticeStatus.APPROVED)) {
            throw approvalRequired(size);
        }
        Long taskId = tx.execute(s -> {
            int moved = notices.transition(id, t, now, w -> {
                w.set(Notice::getPublishedBy, staff.id())
                        .set(Notice::getPublishedAt, at)
                        .set(Notice::getScheduledAt, scheduled ? at : null)
                        .set(Notice::getAudienceSize, size);
                if (needsApproval) {
                    w.eq(Notice::getStatus, NoticeStatus.APPROVED.name());
                }
            });
            if (moved == 0) {
                Notice current = notices.selectById(id);
                if (needsApproval && current.is(NoticeStatus.DRAFT)) {
                    throw approvalRequired(size);
                }
                throw NoticeAuthoring.stateConflict(current, "只有草稿或已审核的公告可以发布");
            }
            Long task = push ? createPush(n, audience, at, scheduled, urgent, staff) : null;
            if (task != null) {
                notices.update(null, new LambdaUpdateWrapper<Notice>().eq(Notice::getId, id).set(Notice::getPushTaskId, task));
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("push", push);
            details.put("urgent", urgent);
            details.put("audienceSize", size);
            details.put("pushTaskId", task);
            details.put("publishedAt", at.toString());
            audit.record(Notice.KIND, id, n.getCounty(), staff.id(), Action.valueOf(t.name()), details, now);
            return task;
        });
        catalog.changed();
        log.info("notice {} {} by staff {} at {}, push task {} for {} owners{}", id, t, staff.id(), at, taskId, size,
                urgent ? " (urgent: not held by quiet hours)" : "");
        return new NoticeViews.Published(id, t.to().name(), taskId, scheduled ? at : null, size);
    }

    NoticeViews.Staff withdraw(long id, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            if (notices.transition(id, NoticeTransition.WITHDRAW, now, w -> w
                    .set(Notice::getWithdrawnBy, staff.id())
                    .set(Notice::getWithdrawnAt, now)) == 0) {
                throw NoticeAuthoring.stateConflict(notices.selectById(id), "只有已发布或定时发布的公告可以撤回");
            }
            Map<String, Object> details = new LinkedHashMap<>();
            if (n.getPushTaskId() != null) {
                PushTaskView task = pushTasks.cancel(n.getPushTaskId());
                details.put("pushTaskId", task.id());
                details.put("pushTaskStatus", task.status());
            }
            audit.record(Notice.KIND, id, n.getCounty(), staff.id(), Action.WITHDRAW, details, now);
        });
        catalog.changed();
        log.info("notice {} withdrawn by staff {}", id, staff.id());
        return authoring.get(id, staff);
    }

    /** What publishing with a push would reach now, and whether it needs a second approver. */
    Preview preview(Audience audience) {
        Map<String, String> errors = new LinkedHashMap<>();
        audiences.check(audience, "audience", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        long count = audiences.size(audience);
        return new Preview(count, props.reviewThreshold(), count > props.reviewThreshold());
    }

    Preview preview(long id, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, id, staff);
        return preview(counties.reach(n, authoring.audienceOf(n)));
    }

    record Preview(long count, int reviewThreshold, boolean approvalRequired) {
    }

    /** SCHEDULED notices whose time has come become PUBLISHED; returns how many this call moved. */
    @Scheduled(fixedDelayString = "${app.notice.release-poll-millis:15000}", initialDelay = 5000)
    public int releaseDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        int released = 0;
        for (Long id : notices.dueScheduled(now, 200)) {
            Boolean moved = tx.execute(s -> {
                if (notices.transition(id, NoticeTransition.RELEASE, now, w -> { }) == 0) {
                    return false; // another instance, or withdrawn meanwhile
                }
                audit.record(Notice.KIND, id, notices.selectById(id).getCounty(), null, Action.RELEASE, null, now);
                return true;
            });
            if (Boolean.TRUE.equals(moved)) {
                released++;
                log.info("notice {} released (scheduled time reached)", id);
            }
        }
        return released;
    }

    private Long createPush(Notice n, Audience audience, LocalDateTime at, boolean scheduled, boolean urgent,
                            AuthUser staff) {
        try {
            Map<String, String> data = new TemplateData()
                    .put("thing1", n.getTitle())
                    .put("time2", at)
                    .toMap();
            PushRequest request = PushRequest.of(SCENE, REF_TYPE, n.getId(), n.getTitle(), n.getSummary(),
                            "/pages/notice/detail?id=" + n.getId(), data, Recipients.owners(audience))
                    .dedupKey("notice:" + n.getId())
                    .scheduledAt(scheduled ? at : null)
                    .urgent(urgent)
                    .createdBy(staff.id())
                    .county(n.getCounty());
            return pushTasks.create(request).id();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidFields(Map.of("title", "标题没有可用于订阅消息的文字"));
        } catch (IllegalStateException e) {
            log.error("notice {} push refused: {}", n.getId(), e.getMessage());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "公告订阅消息模板未配置，暂时无法推送");
        }
    }

    private ApiException approvalRequired(int size) {
        return new ApiException(ErrorCode.NOTICE_APPROVAL_REQUIRED, "本次推送将送达 " + size + " 名经营者，超过审核门槛 "
                + props.reviewThreshold() + " 人，须由另一名工作人员审核通过后才能发布");
    }
}
