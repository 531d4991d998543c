package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import com.baomidou.mybatisplus.core.metadata.IPage;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** An owner's favourite notices and the ones they opened lately. */
@Service
class NoticeShelf {

    private final NoticeShelfMapper shelf;
    private final NoticeMapper notices;
    private final Dictionaries dictionaries;
    private final Clock clock;

    NoticeShelf(NoticeShelfMapper shelf, NoticeMapper notices, Dictionaries dictionaries, Clock clock) {
        this.shelf = shelf;
        this.notices = notices;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** {@code created}: false when it was a favourite already (the call changes nothing). */
    record Favorited(long noticeId, boolean created) {
    }

    /** Only a notice owners can see now may be favourited (404 otherwise). */
    Favorited favorite(long userId, long noticeId) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (notices.findVisible(noticeId, now) == null) {
            throw new ApiException(ErrorCode.NOTICE_NOT_FOUND);
        }
        return new Favorited(noticeId, shelf.favorite(userId, noticeId, now) == 1);
    }

    /** Idempotent; works for withdrawn notices too, so an owner can tidy up. */
    void unfavorite(long userId, long noticeId) {
        shelf.unfavorite(userId, noticeId);
    }

    PageResult<NoticeViews.SavedItem> favorites(long userId, PageQuery page) {
        LocalDateTime now = LocalDateTime.now(clock);
        return items(shelf.favoritePage(page.toPage(), userId, NoticeShelfMapper.visibleNewestFirst(now)), now);
    }

    PageResult<NoticeViews.SavedItem> recentlyViewed(long userId, PageQuery page) {
        LocalDateTime now = LocalDateTime.now(clock);
        return items(shelf.viewedPage(page.toPage(), userId, NoticeShelfMapper.visibleNewestFirst(now)), now);
    }

    private PageResult<NoticeViews.SavedItem> items(IPage<SavedNoticeRow> found, LocalDateTime now) {
        Map<Long, List<String>> depts = notices.departmentsByNotice(found.getRecords().stream().map(r -> r.id).toList());
        return PageResult.of(found, r -> new NoticeViews.SavedItem(r.id, r.title, r.summary, r.category,
                dictionaries.nameOf(NoticeAuthoring.CATEGORIES, r.category),
                NoticeViews.Code.departments(depts.getOrDefault(r.id, List.of()), dictionaries),
                r.validFrom, r.validTo, r.validTo != null && !r.validTo.isAfter(now), r.publishedAt, r.at));
    }
}
