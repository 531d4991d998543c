package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.targeting.Audience;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The response shapes of the notice endpoints. */
final class NoticeViews {

    private NoticeViews() {
    }

    /** An attachment; {@code url} is where the file is served ({@code GET /api/v1/files/{id}}). */
    record Attachment(long id, String name, String contentType, long size, String url) {

        static Attachment of(Map<String, Object> row) {
            long id = ((Number) row.get("id")).longValue();
            return new Attachment(id, (String) row.get("name"), (String) row.get("contentType"),
                    ((Number) row.get("size")).longValue(), "/api/v1/files/" + id);
        }
    }

    record Code(String code, String name) {

        /** Department codes with their names from the dictionary, in the given order. */
        static List<Code> departments(List<String> codes, Dictionaries dictionaries) {
            return codes.stream().map(d -> new Code(d, dictionaries.nameOf(Dictionaries.DEPARTMENTS, d))).toList();
        }
    }

    /** {@code POST /admin/notices} → 201. */
    record Created(long id, String status) {
    }

    /** {@code POST /admin/notices/{id}/publish}. */
    record Published(long id, String status, Long pushTaskId, LocalDateTime scheduledAt, Integer audienceSize) {
    }

    record AudienceCount(long count) {
    }

    /** A notice as staff see it. */
    record Staff(long id, String title, String summary, String body, String category, String categoryName,
                 List<String> departments, Audience audience, LocalDateTime validFrom, LocalDateTime validTo,
                 List<Attachment> attachments, String status, String statusName, String authorDepartment,
                 Long createdBy, Long updatedBy, Long submittedBy, LocalDateTime submittedAt,
                 Long approvedBy, LocalDateTime approvedAt, Long rejectedBy, LocalDateTime rejectedAt,
                 String rejectReason, Long publishedBy, LocalDateTime scheduledAt, LocalDateTime publishedAt,
                 Long withdrawnBy, LocalDateTime withdrawnAt, Long pushTaskId, Integer audienceSize,
                 LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    /** A row of the staff list (no body). */
    record StaffItem(long id, String title, String summary, String category, String categoryName,
                     List<String> departments, String status, String statusName, Long createdBy,
                     Long approvedBy, LocalDateTime scheduledAt, LocalDateTime publishedAt,
                     LocalDateTime validFrom, LocalDateTime validTo, Long pushTaskId, LocalDateTime updatedAt) {
    }

    /**
     * A row of the owners' list; {@code matchReasons} says in Chinese why the notice fits the caller's
     * VERIFIED business (empty: it does not, or the caller has none).
     */
    record OwnerItem(long id, String title, String summary, String category, String categoryName,
                     List<Code> departments, LocalDateTime validFrom, LocalDateTime validTo,
                     LocalDateTime publishedAt, List<String> matchReasons) {
    }

    /**
     * A favourite or a recently viewed notice; {@code at} is when it was favourited or last opened,
     * {@code expired} whether its validity has ended (it still opens).
     */
    record SavedItem(long id, String title, String summary, String category, String categoryName,
                     List<Code> departments, LocalDateTime validFrom, LocalDateTime validTo, boolean expired,
                     LocalDateTime publishedAt, LocalDateTime at) {
    }

    /** {@code GET /notices/recommended}: the newest notices that fit the caller's business. */
    record Recommended(List<OwnerItem> items) {
    }

    /**
     * A published notice as owners (and guests) read it; {@code matchReasons} as in {@link OwnerItem} (empty: it
     * does not fit the caller's VERIFIED business, or the caller has none).
     */
    record OwnerDetail(long id, String title, String summary, String body, String category, String categoryName,
                       List<Code> departments, LocalDateTime validFrom, LocalDateTime validTo, boolean expired,
                       List<Attachment> attachments, LocalDateTime publishedAt, List<String> matchReasons) {
    }
}
