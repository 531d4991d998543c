package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.StatusUpdate;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

@Mapper
interface EventMapper extends BaseMapper<Event> {

    StatusUpdate<Event> STATUS = new StatusUpdate<>(Event::getId, Event::getStatus);

    /** The only way an event changes status: 1 when it was still in one of {@code t.from()}. */
    default boolean transition(long id, EventTransition t, LocalDateTime now, Consumer<LambdaUpdateWrapper<Event>> sets) {
        return STATUS.move(this, id, t, w -> sets.accept(w.set(Event::getUpdatedAt, now)));
    }

    /**
     * Locks the event row until the transaction ends. Whatever takes or frees seats (a seat for a new registration,
     * a cancel and its promotion, an edit, cancelling the event) takes this lock first, so they queue in one order
     * (no deadlock) and a newcomer cannot slip into a seat between a cancel's freeing it and its promotion.
     */
    @Select("SELECT id, status, capacity, confirmed FROM event WHERE id = #{id} FOR UPDATE")
    Event lockSeats(@Param("id") long id);

    /**
     * Shares the event row until the transaction ends: registrations insert under it side by side, while anything
     * that frees or takes seats, edits or cancels ({@link #lockSeats}) waits for them, and they for it.
     */
    @Select("SELECT id, status, capacity, confirmed FROM event WHERE id = #{id} LOCK IN SHARE MODE")
    Event shareSeats(@Param("id") long id);

    /** The atomic seat decision: 1 = a seat taken (never beyond capacity), 0 = full. */
    @Update("UPDATE event SET confirmed = confirmed + 1 WHERE id = #{id} AND status = 'PUBLISHED' "
            + "AND (capacity IS NULL OR confirmed < capacity)")
    int takeSeat(@Param("id") long id);

    @Update("UPDATE event SET confirmed = confirmed - 1 WHERE id = #{id} AND confirmed > 0")
    int releaseSeat(@Param("id") long id);

    /** Writes the editable content (nulls included: a PUT clears what it leaves out); not once cancelled. */
    default boolean updateContent(Event e) {
        return update(null, new LambdaUpdateWrapper<Event>()
                .eq(Event::getId, e.getId())
                .ne(Event::getStatus, EventStatus.CANCELLED.name())
                .set(Event::getTitle, e.getTitle())
                .set(Event::getKind, e.getKind())
                .set(Event::getOrganiser, e.getOrganiser())
                .set(Event::getDescription, e.getDescription())
                .set(Event::getDescriptionText, e.getDescriptionText())
                .set(Event::getStartAt, e.getStartAt())
                .set(Event::getEndAt, e.getEndAt())
                .set(Event::getAddress, e.getAddress())
                .set(Event::getTownship, e.getTownship())
                .set(Event::getLatitude, e.getLatitude())
                .set(Event::getLongitude, e.getLongitude())
                .set(Event::getOnlineLink, e.getOnlineLink())
                .set(Event::getCapacity, e.getCapacity())
                .set(Event::getRegistrationOpensAt, e.getRegistrationOpensAt())
                .set(Event::getRegistrationDeadline, e.getRegistrationDeadline())
                .set(Event::getAudience, e.getAudience())
                .set(Event::getOpenToUnbound, e.getOpenToUnbound())
                .set(Event::getApprovedBy, null) // what was approved is no longer what would be sent
                .set(Event::getApprovedAt, null)
                .set(Event::getUpdatedBy, e.getUpdatedBy())
                .set(Event::getUpdatedAt, e.getUpdatedAt())) == 1;
    }

    /** Staff list, newest start first; {@code counties} null = every county (ix_event_county leads with county). */
    default IPage<Event> staffPage(String status, String kind, Collection<String> counties, Page<Event> page) {
        return selectPage(page, new LambdaQueryWrapper<Event>()
                .select(Event.class, f -> !f.getColumn().startsWith("description"))
                .in(counties != null && !counties.isEmpty(), Event::getCounty, counties)
                .apply(counties != null && counties.isEmpty(), "1 = 0")
                .eq(status != null, Event::getStatus, status)
                .eq(kind != null, Event::getKind, kind)
                .orderByDesc(Event::getStartAt)
                .orderByDesc(Event::getId));
    }

    /**
     * Published events for owners and guests: those not over yet first (soonest first), then past ones (latest
     * first). {@code county} null = every county; else the events for it (event_county's key leads with county).
     */
    @Select("""
            <script>
            SELECT e.id, e.county, e.title, e.kind, e.organiser, e.start_at, e.end_at, e.address, e.township, e.latitude,
                   e.longitude, e.online_link, e.capacity, e.confirmed, e.registration_opens_at, e.registration_deadline,
                   e.open_to_unbound, e.status, e.managed_by, e.published_at
            FROM event e
            <if test="county != null">JOIN event_county ec ON ec.county = #{county} AND ec.event_id = e.id</if>
            WHERE e.status = 'PUBLISHED'
            <if test="kind != null">AND e.kind = #{kind}</if>
            <if test="township != null">AND e.township = #{township}</if>
            <if test="from != null">AND e.start_at &gt;= #{from} AND e.start_at &lt; #{to}</if>
            ORDER BY e.end_at &lt; #{now}, CASE WHEN e.end_at &gt;= #{now} THEN e.start_at END, e.start_at DESC, e.id DESC
            </script>""")
    IPage<Event> publicPage(Page<Event> page, @Param("county") String county, @Param("kind") String kind,
                            @Param("township") String township, @Param("from") LocalDateTime from,
                            @Param("to") LocalDateTime to, @Param("now") LocalDateTime now);

    @Select("SELECT county FROM event_county WHERE event_id = #{id}")
    List<String> countiesOf(@Param("id") long id);

    @Delete("DELETE FROM event_county WHERE event_id = #{id}")
    int clearCounties(@Param("id") long id);

    @Insert("""
            <script>
            INSERT INTO event_county (county, event_id) VALUES
            <foreach collection="counties" item="c" separator=",">(#{c}, #{id})</foreach>
            </script>""")
    int addCounties(@Param("id") long id, @Param("counties") Collection<String> counties);

    /** PUBLISHED events starting in (now, until]: candidates for a reminder. */
    default List<Event> startingBetween(LocalDateTime now, LocalDateTime until) {
        return selectList(new LambdaQueryWrapper<Event>()
                .select(Event::getId, Event::getCounty, Event::getTitle, Event::getStartAt, Event::getAddress)
                .eq(Event::getStatus, EventStatus.PUBLISHED.name())
                .gt(Event::getStartAt, now)
                .le(Event::getStartAt, until));
    }

    default void setPushTask(long id, long taskId) {
        update(null, new LambdaUpdateWrapper<Event>().eq(Event::getId, id).set(Event::getPushTaskId, taskId));
    }

    /** The event without its description (what registering reads). */
    default Event withoutDescription(long id) {
        return selectOne(new LambdaQueryWrapper<Event>()
                .select(Event.class, f -> !f.getColumn().startsWith("description"))
                .eq(Event::getId, id));
    }

    /** Per kind, the events starting in [from, to) of these counties (null = all) and their registrations. */
    @Select("""
            <script>
            SELECT e.kind AS kind, COUNT(DISTINCT e.id) AS events,
                   SUM(r.walk_in = 0 AND r.status IN ('CONFIRMED', 'WAITLISTED')) AS registered,
                   SUM(r.walk_in = 0 AND r.status = 'CONFIRMED') AS confirmed,
                   SUM(r.status = 'WAITLISTED') AS waitlisted,
                   SUM(r.walk_in = 0 AND r.checked_in_at IS NOT NULL) AS checkedIn,
                   SUM(r.walk_in = 1) AS walkIns
            FROM event e LEFT JOIN event_registration r ON r.event_id = e.id
            WHERE e.status IN ('PUBLISHED', 'CANCELLED') AND e.start_at &gt;= #{from} AND e.start_at &lt; #{to}
            <if test="counties != null">
              AND e.county IN <foreach collection="counties" item="c" open="(" separator="," close=")">#{c}</foreach>
            </if>
            GROUP BY e.kind ORDER BY e.kind
            </script>""")
    List<java.util.Map<String, Object>> statsByKind(@Param("counties") Collection<String> counties,
                                                    @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}
