package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.Access;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "消息中心", description = "经营者的站内消息：列表、未读数、标记已读")
@RequestMapping("/api/v1/me/messages")
@PreAuthorize(Access.OWNER)
class InboxController {

    record Count(long count) {
    }

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    PageResult<Inbox.Message> list(@AuthenticationPrincipal AuthUser user, @Valid PageQuery page) {
        return inbox.list(user.id(), page);
    }

    @GetMapping("/unread-count")
    Count unread(@AuthenticationPrincipal AuthUser user) {
        return new Count(inbox.unreadCount(user.id()));
    }

    @PostMapping("/{id}/read")
    Inbox.Message read(@AuthenticationPrincipal AuthUser user, @PathVariable long id) {
        return inbox.markRead(user.id(), id);
    }

    /** Marks every message read; answers how many changed. */
    @PostMapping("/read-all")
    Count readAll(@AuthenticationPrincipal AuthUser user) {
        return new Count(inbox.markAllRead(user.id()));
    }
}
