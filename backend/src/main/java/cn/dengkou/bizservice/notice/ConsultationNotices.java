package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * What feedback's policy consultations (征求意见) ask of notices: whether a staff member manages a notice (to open it for
 * comment), and whether a published notice is for this owner's business (who may comment). Public entry point; the
 * consultation itself is feedback's.
 */
@Component
public class ConsultationNotices {

    public record NoticeRef(long id, String title, String county) {
    }

    private final NoticeMapper notices;
    private final NoticeAudiences audiences;
    private final NoticeCounties counties;
    private final OwnerProfiles profiles;
    private final Clock clock;

    ConsultationNotices(NoticeMapper notices, NoticeAudiences audiences, NoticeCounties counties, OwnerProfiles profiles,
                        Clock clock) {
        this.notices = notices;
        this.audiences = audiences;
        this.counties = counties;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The notice if the staff member manages it; NOTICE_NOT_FOUND or NOTICE_DEPARTMENT_FORBIDDEN otherwise. */
    public NoticeRef managed(long noticeId, AuthUser staff) {
        Notice n = NoticeAccess.manageable(notices, noticeId, staff);
        return new NoticeRef(n.getId(), n.getTitle(), n.getCounty());
    }

    /** The notice if owners may read it now in this reader's county; NOTICE_NOT_FOUND otherwise. */
    public NoticeRef published(long noticeId, AuthUser reader) {
        Notice n = notices.findVisible(noticeId, LocalDateTime.now(clock));
        if (n == null || !NoticeCounties.isFor(counties.of(n, audiences.of(n)), counties.readerCounty(reader, null))) {
            throw new ApiException(ErrorCode.NOTICE_NOT_FOUND);
        }
        return new NoticeRef(n.getId(), n.getTitle(), n.getCounty());
    }

    /** Whether the owner's verified business is in the notice's audience (an owner without one is in no audience). */
    public boolean inAudience(long noticeId, AuthUser owner) {
        BusinessProfile profile = profiles.of(owner);
        Notice n = notices.selectById(noticeId);
        return profile != null && n != null && audiences.of(n).fits(profile);
    }
}
