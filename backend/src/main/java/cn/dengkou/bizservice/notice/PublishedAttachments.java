package cn.dengkou.bizservice.notice;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/** For the file endpoint: an attachment of a notice owners can see is public, anything else is not. */
@Component
public class PublishedAttachments {

    private final NoticeMapper notices;
    private final Clock clock;

    PublishedAttachments(NoticeMapper notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    public boolean isPublic(long fileId) {
        return notices.fileVisible(fileId, LocalDateTime.now(clock));
    }
}
