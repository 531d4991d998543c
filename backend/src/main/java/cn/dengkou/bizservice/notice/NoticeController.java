package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners and guests read published notices. */
@RestController
@RequestMapping("/api/v1/notices")
@PreAuthorize(Access.PUBLIC)
class NoticeController {

    private final NoticeReading reading;

    NoticeController(NoticeReading reading) {
        this.reading = reading;
    }

    /** Published and valid, newest first; filter by category and department codes. */
    @GetMapping
    PageResult<NoticeViews.OwnerItem> list(@RequestParam(required = false) String category,
                                           @RequestParam(required = false) String department,
                                           @Valid PageQuery page) {
        return reading.list(category, department, page);
    }

    /** Counts the first read of a logged-in owner. Withdrawn or unpublished → 404 (staff who manage it may preview). */
    @GetMapping("/{id}")
    NoticeViews.OwnerDetail get(@PathVariable long id, @AuthenticationPrincipal AuthUser user) {
        return reading.get(id, user);
    }
}
