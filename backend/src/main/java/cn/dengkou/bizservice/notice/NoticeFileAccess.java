package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.upload.FileAccess;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Notice attachments: public while a notice owners can see carries the file; before that (and after a
 * withdrawal) staff who may manage a notice carrying it ({@link NoticeAccess}) may download it.
 */
@Component
class NoticeFileAccess implements FileAccess {

    private final NoticeMapper notices;
    private final Clock clock;

    NoticeFileAccess(NoticeMapper notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean isPublic(long fileId) {
        return notices.fileVisible(fileId, LocalDateTime.now(clock));
    }

    @Override
    public boolean maySee(AuthUser user, long fileId) {
        if (NoticeAccess.RULE.scopeOf(user).isEmpty()) {
            return false; // not notice staff: no need to look the notices up
        }
        List<Long> carrying = notices.noticesCarrying(fileId);
        Map<Long, List<String>> departments = notices.departmentsByNotice(carrying);
        Map<Long, String> counties = notices.countiesOf(carrying);
        return carrying.stream().anyMatch(id -> NoticeAccess.canManage(user, departments.getOrDefault(id, List.of()),
                counties.get(id)));
    }
}
