package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress and control of push tasks. The role rule lets staff in; each task is then open only to
 * whoever may manage the notice/job/event/feedback that started it ({@link PushTaskAccess}).
 */
@RestController
@Tag(name = "后台·推送任务", description = "查看、暂停后恢复或取消订阅消息推送任务及其进度")
@RequestMapping("/api/v1/admin/push-tasks")
@PreAuthorize(Access.ANY_STAFF)
class PushTaskAdminController {

    private final PushTasks tasks;
    private final PushTaskAccess access;

    PushTaskAdminController(PushTasks tasks, PushTaskAccess access) {
        this.tasks = tasks;
        this.access = access;
    }

    /**
     * Newest first. With {@code refType} and {@code refId}: the tasks of that one source (e.g. a
     * notice's pushes). Without: every task of the source types this staff member manages whole.
     */
    @GetMapping
    PageResult<PushTaskView> list(@RequestParam(required = false) String refType,
                                  @RequestParam(required = false) Long refId,
                                  @RequestParam(required = false) TaskStatus status,
                                  @Valid PageQuery page, @AuthenticationPrincipal AuthUser staff) {
        if (refType != null && refId != null) {
            access.requireManage(staff, refType, refId);
        }
        return tasks.list(refType, refId, status, access.wholeTypes(staff), staff.counties(), page);
    }

    @GetMapping("/{id}")
    PushTaskView get(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        return managed(id, staff);
    }

    @PostMapping("/{id}/cancel")
    PushTaskView cancel(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        managed(id, staff);
        return tasks.cancel(id);
    }

    /** After a configuration error (40037, 41030, 43107) is fixed. */
    @PostMapping("/{id}/resume")
    PushTaskView resume(@PathVariable long id, @AuthenticationPrincipal AuthUser staff) {
        managed(id, staff);
        return tasks.resume(id);
    }

    /** The task, if this staff member manages its source: 404 when it does not exist (or is another county's), else 403. */
    private PushTaskView managed(long id, AuthUser staff) {
        if (!access.inCounty(staff, tasks.countyOf(id))) {
            throw new ApiException(ErrorCode.NOT_FOUND, "推送任务不存在");
        }
        PushTaskView t = tasks.view(id);
        access.requireManage(staff, t.refType(), t.refId());
        return t;
    }
}
