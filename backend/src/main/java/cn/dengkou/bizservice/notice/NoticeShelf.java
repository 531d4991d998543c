package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An owner's favourite notices and the ones they opened lately. With several counties a bound owner's shelf shows
 * only notices for their business's county ({@link NoticeCounties}): one saved before they rebound to another
 * county's business is hidden, not deleted (it shows again if they bind back).
 */
@Service
class NoticeShelf {

    private final NoticeShelfMapper shelf;
    private final NoticeMapper notices;
    private final NoticeAudiences audiences;
    private final NoticeCounties counties;
    private final Dictionaries dictionaries;
    private final Clock clock;

    NoticeShelf(NoticeShelfMapper shelf, NoticeMapper notices, NoticeAudiences audiences, NoticeCounties counties,
                Dictionaries dictionaries, Clock clock) {
        this.shelf = shelf;
        this.notices = notices;
        this.audiences = audiences;
        this.counties = counties;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** {@code created}: false when it was a favourite already (the call changes nothing). */
    record Favorited(long noticeId, boolean created) {
    }

    /** Only a notice owners can see now, and for the owner's county, may be favourited (404 otherwise). */
    Favorited favorite(AuthUser user, long noticeId) {
        LocalDateTime now = LocalDateTime.now(clock);
        Notice n = notices.findVisible(noticeId, now);
        if (n == null || !counties.readableBy(n, audiences.of(n), user)) {
            throw new ApiException(ErrorCode.NOTICE_NOT_FOUND);
        }
        return new Favorited(noticeId, shelf.favorite(user.id(), noticeId, now) == 1);
    }

    /** Idempotent; works for withdrawn notices too, so an owner can tidy up. */
    void unfavorite(long userId, long noticeId) {
        shelf.unfavorite(userId, noticeId);
    }

    PageResult<NoticeViews.SavedItem> favorites(AuthUser user, PageQuery page) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> hidden = otherCounties(user, () -> shelf.favoriteIds(user.id()));
        return items(shelf.favoritePage(page.toPage(), user.id(), NoticeShelfMapper.visibleNewestFirst(now, hidden)), now);
    }

    PageResult<NoticeViews.SavedItem> recentlyViewed(AuthUser user, PageQuery page) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> hidden = otherCounties(user, () -> shelf.viewedIds(user.id()));
        return items(shelf.viewedPage(page.toPage(), user.id(), NoticeShelfMapper.visibleNewestFirst(now, hidden)), now);
    }

    /** The saved notices that are not for the owner's county (none when the reader has no county: nothing hidden). */
    private List<Long> otherCounties(AuthUser user, Supplier<List<Long>> saved) {
        String county = counties.readerCounty(user, null);
        if (county == null) {
            return List.of();
        }
        List<Long> ids = saved.get();
        if (ids.isEmpty()) {
            return List.of();
        }
        return notices.selectList(new LambdaQueryWrapper<Notice>()
                        .select(Notice::getId, Notice::getCounty, Notice::getAudience).in(Notice::getId, ids))
                .stream().filter(n -> !NoticeCounties.isFor(counties.of(n, audiences.of(n)), county))
                .map(Notice::getId).toList();
    }

    private PageResult<NoticeViews.SavedItem> items(IPage<SavedNoticeRow> found, LocalDateTime now) {
        Map<Long, List<String>> depts = notices.departmentsByNotice(found.getRecords().stream().map(r -> r.id).toList());
        return PageResult.of(found, r -> new NoticeViews.SavedItem(r.id, r.title, r.summary, r.category,
                dictionaries.nameOf(NoticeAuthoring.CATEGORIES, r.category),
                NoticeViews.Code.departments(depts.getOrDefault(r.id, List.of()), dictionaries),
                r.validFrom, r.validTo, r.validTo != null && !r.validTo.isAfter(now), r.publishedAt, r.at));
    }
}
