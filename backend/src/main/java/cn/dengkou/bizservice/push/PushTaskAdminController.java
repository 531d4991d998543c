package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Progress and control of push tasks. Any staff for now; each feature narrows it to who may manage its source. */
@RestController
@RequestMapping("/api/v1/admin/push-tasks")
@PreAuthorize(Access.ANY_STAFF)
class PushTaskAdminController {

    private final PushTasks tasks;

    PushTaskAdminController(PushTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/{id}")
    PushTaskView get(@PathVariable long id) {
        return tasks.view(id);
    }

    @PostMapping("/{id}/cancel")
    PushTaskView cancel(@PathVariable long id) {
        return tasks.cancel(id);
    }

    /** After a configuration error (40037, 41030, 43107) is fixed. */
    @PostMapping("/{id}/resume")
    PushTaskView resume(@PathVariable long id) {
        return tasks.resume(id);
    }
}
