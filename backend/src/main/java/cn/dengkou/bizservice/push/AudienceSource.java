package cn.dengkou.bizservice.push;

/**
 * A set of users another feature keeps, usable as a push audience without loading it
 * ({@code Recipients.of("event-registrations", eventId)}): the feature's own query runs inside the push
 * engine's INSERT … SELECT. Each feature provides its sources as beans.
 */
public interface AudienceSource {

    /** The name audiences use, e.g. {@code notice-favorites}. */
    String name();

    /**
     * A SELECT of user ids, written in code (never built from input); {@code #{sourceRef}} stands for
     * the audience's reference, e.g. {@code SELECT f.user_id FROM notice_favorite f WHERE f.notice_id = #{sourceRef}}.
     */
    String userIdsSql();

    /**
     * Users of {@link #userIdsSql()} whose subscribe messages are claimed before any other of the same task (job
     * seekers in a priority group, who are sent job alerts first); a SELECT of user ids with {@code #{sourceRef}}
     * like {@link #userIdsSql()}, or null when the source has no priority group.
     */
    default String priorityUserIdsSql() {
        return null;
    }
}
