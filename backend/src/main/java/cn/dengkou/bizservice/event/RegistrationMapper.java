package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

@Mapper
interface RegistrationMapper extends BaseMapper<Registration> {

    StatusUpdate<Registration> STATUS = new StatusUpdate<>(Registration::getId, Registration::getStatus);

    default boolean transition(long id, RegistrationTransition t, LocalDateTime now,
                               Consumer<LambdaUpdateWrapper<Registration>> sets) {
        return STATUS.move(this, id, t, w -> sets.accept(w.set(Registration::getUpdatedAt, now)));
    }

    /** The user's registration for the event that is not cancelled, or null. */
    default Registration findLive(long eventId, long userId) {
        return selectOne(new LambdaQueryWrapper<Registration>()
                .eq(Registration::getUserId, userId)
                .eq(Registration::getEventId, eventId)
                .ne(Registration::getStatus, RegistrationStatus.CANCELLED.name()));
    }

    /** The head of the waitlist, locked (a locking read sees the latest commit even in an older snapshot). */
    @Select("SELECT * FROM event_registration WHERE event_id = #{eventId} AND status = 'WAITLISTED' "
            + "ORDER BY id LIMIT 1 FOR UPDATE")
    Registration firstWaitlisted(@Param("eventId") long eventId);

    /** The user's registrations, newest first (cancelled ones too: the mini program shows them greyed). */
    default IPage<Registration> ofUser(long userId, Page<Registration> page) {
        return selectPage(page, new LambdaQueryWrapper<Registration>()
                .eq(Registration::getUserId, userId)
                .orderByDesc(Registration::getId));
    }

    /** The registrations of an event in registration order; {@code status} null = every status. */
    default List<Registration> ofEvent(long eventId, String status) {
        return selectList(new LambdaQueryWrapper<Registration>()
                .eq(Registration::getEventId, eventId)
                .eq(status != null, Registration::getStatus, status)
                .orderByAsc(Registration::getId));
    }

    /** Live registrations whose phone ends with these digits (staff pick one from the masked list). */
    default List<Registration> byPhoneEnding(long eventId, String digits) {
        return selectList(new LambdaQueryWrapper<Registration>()
                .eq(Registration::getEventId, eventId)
                .ne(Registration::getStatus, RegistrationStatus.CANCELLED.name())
                .likeLeft(Registration::getPhone, digits)
                .orderByAsc(Registration::getId)
                .last("LIMIT 20"));
    }

    /** Single use: only the first check-in of a confirmed registration updates a row. */
    default boolean checkIn(long id, long eventId, long staffId, LocalDateTime now) {
        return update(null, new LambdaUpdateWrapper<Registration>()
                .eq(Registration::getId, id)
                .eq(Registration::getEventId, eventId)
                .eq(Registration::getStatus, RegistrationStatus.CONFIRMED.name())
                .isNull(Registration::getCheckedInAt)
                .set(Registration::getCheckedInAt, now)
                .set(Registration::getCheckedInBy, staffId)
                .set(Registration::getUpdatedAt, now)) == 1;
    }

    /** Per status (k), walk-in or not (w), checked in or not (c): the counts stats are made of. */
    @Select("SELECT status AS k, (walk_in = 1) AS w, (checked_in_at IS NOT NULL) AS c, COUNT(*) AS v FROM event_registration "
            + "WHERE event_id = #{eventId} GROUP BY status, (walk_in = 1), (checked_in_at IS NOT NULL)")
    List<Map<String, Object>> counts(@Param("eventId") long eventId);

    /** 1 = next to move up. */
    default int waitlistPosition(long eventId, long registrationId) {
        return Math.toIntExact(selectCount(new LambdaQueryWrapper<Registration>()
                .eq(Registration::getEventId, eventId)
                .eq(Registration::getStatus, RegistrationStatus.WAITLISTED.name())
                .le(Registration::getId, registrationId)));
    }
}
