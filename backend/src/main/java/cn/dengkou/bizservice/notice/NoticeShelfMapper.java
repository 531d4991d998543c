package cn.dengkou.bizservice.notice;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Constants;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.List;

/** An owner's favourites and recently viewed notices; both list only notices owners can still see. */
@Mapper
interface NoticeShelfMapper {

    String COLUMNS = "SELECT n.id, n.title, n.summary, n.category, n.valid_from, n.valid_to, n.published_at, ";

    /** 1 when newly favourited, 0 when it already was. */
    @Insert("INSERT IGNORE INTO notice_favorite (user_id, notice_id, created_at) VALUES (#{user}, #{id}, #{now})")
    int favorite(@Param("user") long userId, @Param("id") long noticeId, @Param("now") LocalDateTime now);

    @Delete("DELETE FROM notice_favorite WHERE user_id = #{user} AND notice_id = #{id}")
    int unfavorite(@Param("user") long userId, @Param("id") long noticeId);

    @Select(COLUMNS + "f.created_at AS at FROM notice n JOIN notice_favorite f ON f.notice_id = n.id AND f.user_id = #{user}"
            + " ${ew.customSqlSegment}")
    IPage<SavedNoticeRow> favoritePage(IPage<SavedNoticeRow> page, @Param("user") long userId,
                                       @Param(Constants.WRAPPER) Wrapper<Notice> visible);

    @Select(COLUMNS + "v.viewed_at AS at FROM notice n JOIN notice_view v ON v.notice_id = n.id AND v.user_id = #{user}"
            + " ${ew.customSqlSegment}")
    IPage<SavedNoticeRow> viewedPage(IPage<SavedNoticeRow> page, @Param("user") long userId,
                                     @Param(Constants.WRAPPER) Wrapper<Notice> visible);

    @Select("SELECT notice_id FROM notice_favorite WHERE user_id = #{user}")
    List<Long> favoriteIds(@Param("user") long userId);

    @Select("SELECT notice_id FROM notice_view WHERE user_id = #{user}")
    List<Long> viewedIds(@Param("user") long userId);

    /**
     * {@link NoticeMapper#visible} without the {@code hidden} notices (another county's), newest {@code at} first
     * ({@code at} is the favourite's or the view's time).
     */
    static Wrapper<Notice> visibleNewestFirst(LocalDateTime now, List<Long> hidden) {
        return NoticeMapper.visible(new LambdaQueryWrapper<Notice>(), now)
                .notIn(!hidden.isEmpty(), Notice::getId, hidden) // the join tables have no id column: this is n.id
                .last("ORDER BY at DESC, n.id DESC");
    }
}
