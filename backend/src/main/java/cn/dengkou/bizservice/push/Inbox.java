package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

/** An owner's messages: the channel that never misses (the subscribe message is only the nudge). */
@Service
public class Inbox {

    public record Message(long id, String scene, String refType, @Schema(nullable = true) Long refId, String title,
                          @Schema(nullable = true) String summary, @Schema(nullable = true) String link,
                          LocalDateTime createdAt, boolean read, @Schema(nullable = true) LocalDateTime readAt) {

        static Message of(InboxMessage m) {
            return new Message(m.getId(), m.getScene(), m.getRefType(), m.getRefId(), m.getTitle(), m.getSummary(),
                    m.getLink(), m.getCreatedAt(), m.getReadAt() != null, m.getReadAt());
        }
    }

    private final InboxMessageMapper messages;
    private final Clock clock;

    Inbox(InboxMessageMapper messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** For {@code GET /me}: one indexed count, cheap enough for every page of the mini program. */
    public long unreadCount(long userId) {
        return messages.unread(userId);
    }

    PageResult<Message> list(long userId, PageQuery page) {
        return PageResult.of(messages.pageOf(userId, page.toPage()), Message::of);
    }

    /** Idempotent; another user's message is 404, as if it did not exist. */
    Message markRead(long userId, long id) {
        messages.markRead(userId, id, LocalDateTime.now(clock));
        InboxMessage m = messages.findOwn(userId, id);
        if (m == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "消息不存在");
        }
        return Message.of(m);
    }

    long markAllRead(long userId) {
        return messages.markAllRead(userId, LocalDateTime.now(clock));
    }
}
