package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.targeting.Audience;

import io.swagger.v3.oas.annotations.media.Schema;
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
    record Published(long id, String status, @Schema(nullable = true) Long pushTaskId,
                     @Schema(nullable = true) LocalDateTime scheduledAt,
                     @Schema(nullable = true) Integer audienceSize) {
    }

    record AudienceCount(long count) {
    }

    /** A notice as staff see it. */
    record Staff(long id, String title, @Schema(nullable = true) String summary, String body, String category,
                 String categoryName, List<String> departments, Audience audience,
                 @Schema(nullable = true) LocalDateTime validFrom, @Schema(nullable = true) LocalDateTime validTo,
                 List<Attachment> attachments, String status, String statusName,
                 @Schema(nullable = true) String authorDepartment, Long createdBy,
                 @Schema(nullable = true) Long updatedBy, @Schema(nullable = true) Long submittedBy,
                 @Schema(nullable = true) LocalDateTime submittedAt, @Schema(nullable = true) Long approvedBy,
                 @Schema(nullable = true) LocalDateTime approvedAt, @Schema(nullable = true) Long rejectedBy,
                 @Schema(nullable = true) LocalDateTime rejectedAt, @Schema(nullable = true) String rejectReason,
                 @Schema(nullable = true) Long publishedBy, @Schema(nullable = true) LocalDateTime scheduledAt,
                 @Schema(nullable = true) LocalDateTime publishedAt, @Schema(nullable = true) Long withdrawnBy,
                 @Schema(nullable = true) LocalDateTime withdrawnAt, @Schema(nullable = true) Long pushTaskId,
                 @Schema(nullable = true) Integer audienceSize, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    /** A row of the staff list (no body). */
    record StaffItem(long id, String title, @Schema(nullable = true) String summary, String category,
                     String categoryName, List<String> departments, String status, String statusName,
                     Long createdBy, @Schema(nullable = true) Long approvedBy,
                     @Schema(nullable = true) LocalDateTime scheduledAt,
                     @Schema(nullable = true) LocalDateTime publishedAt,
                     @Schema(nullable = true) LocalDateTime validFrom,
                     @Schema(nullable = true) LocalDateTime validTo, @Schema(nullable = true) Long pushTaskId,
                     LocalDateTime updatedAt) {
    }

    /**
     * A row of the owners' list; {@code matchReasons} says in Chinese why the notice fits the caller's
     * VERIFIED business (empty: it does not, or the caller has none).
     */
    record OwnerItem(long id, String title, @Schema(nullable = true) String summary, String category,
                     String categoryName, List<Code> departments, @Schema(nullable = true) LocalDateTime validFrom,
                     @Schema(nullable = true) LocalDateTime validTo,
                     @Schema(nullable = true) LocalDateTime publishedAt, List<String> matchReasons) {
    }

    /**
     * A favourite or a recently viewed notice; {@code at} is when it was favourited or last opened,
     * {@code expired} whether its validity has ended (it still opens).
     */
    record SavedItem(long id, String title, @Schema(nullable = true) String summary, String category,
                     String categoryName, List<Code> departments, @Schema(nullable = true) LocalDateTime validFrom,
                     @Schema(nullable = true) LocalDateTime validTo, boolean expired,
                     @Schema(nullable = true) LocalDateTime publishedAt, LocalDateTime at) {
    }

    /** {@code GET /notices/recommended}: the newest notices that fit the caller's business. */
    record Recommended(List<OwnerItem> items) {
    }

    /**
     * A published notice as owners (and guests) read it; {@code matchReasons} as in {@link OwnerItem} (empty: it
     * does not fit the caller's VERIFIED business, or the caller has none).
     */
    record OwnerDetail(long id, String title, @Schema(nullable = true) String summary, String body, String category,
                       String categoryName, List<Code> departments,
                       @Schema(nullable = true) LocalDateTime validFrom,
                       @Schema(nullable = true) LocalDateTime validTo, boolean expired,
                       List<Attachment> attachments, @Schema(nullable = true) LocalDateTime publishedAt,
                       List<String> matchReasons) {
    }
}
