package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One notice as owners and guests read it (which counts the owner's first read and records the view).
 * Staff who may manage a notice can open it here in any status, as a preview. Lists: {@link NoticeListing}.
 */
@Service
class NoticeReading {

    private final NoticeMapper notices;
    private final NoticeAudiences audiences;
    private final OwnerProfiles profiles;
    private final NoticeCounties counties;
    private final Dictionaries dictionaries;
    private final Clock clock;

    NoticeReading(NoticeMapper notices, NoticeAudiences audiences, OwnerProfiles profiles, NoticeCounties counties,
                  Dictionaries dictionaries, Clock clock) {
        this.counties = counties;
        this.notices = notices;
        this.audiences = audiences;
        this.profiles = profiles;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /**
     * 404 unless owners may see it (or the caller may manage it); an owner's first read is counted.
     * {@code matchReasons} as the list words them: for an owner with a VERIFIED business, empty otherwise.
     */
    NoticeViews.OwnerDetail get(long id, AuthUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        Notice n = notices.findVisible(id, now);
        if (n != null && !counties.readableBy(n, audiences.of(n), user)) {
            n = null; // another county's notice does not exist for a bound owner of this one
        }
        List<String> departments;
        if (n == null) {
            Notice any = user != null && user.isStaff() ? notices.selectById(id) : null;
            departments = any == null ? List.of() : notices.departmentsOf(id);
            if (any == null || !NoticeAccess.canManage(user, departments, any.getCounty())) {
                throw new ApiException(ErrorCode.NOTICE_NOT_FOUND);
            }
            n = any;
        } else {
            departments = notices.departmentsOf(id);
            if (user != null && user.has(Role.OWNER)) {
                notices.recordRead(id, user.id(), now);
                notices.recordView(id, user.id(), now);
            }
        }
        boolean expired = n.getValidTo() != null && !n.getValidTo().isAfter(now);
        BusinessProfile profile = profiles.of(user);
        List<String> reasons = profile == null ? Audience.NONE : audiences.of(n).reasons(profile,
                n.getPublishedAt() == null ? null : n.getPublishedAt().toLocalDate(), dictionaries::nameOf);
        return new NoticeViews.OwnerDetail(n.getId(), n.getTitle(), n.getSummary(), n.getBody(), n.getCategory(),
                dictionaries.nameOf(NoticeAuthoring.CATEGORIES, n.getCategory()),
                NoticeViews.Code.departments(departments, dictionaries), n.getValidFrom(), n.getValidTo(), expired,
                notices.attachmentRows(id).stream().map(NoticeViews.Attachment::of).toList(), n.getPublishedAt(), reasons);
    }
}
