package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.targeting.Audience;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code POST /admin/notices} and {@code PUT /admin/notices/{id}}: the whole notice (a PUT replaces it).
 *
 * @param body        rich text (HTML); sanitized before it is stored
 * @param departments responsible departments (dictionary {@code departments}); DEPARTMENT staff must include their own
 * @param audience    null = every bound, verified owner
 * @param attachments ids from {@code POST /admin/uploads}, in display order
 */
record NoticeRequest(
        @NotBlank(message = "请填写标题") @Size(max = 100, message = "标题不能超过100字") String title,
        @Size(max = 300, message = "摘要不能超过300字") String summary,
        @NotBlank(message = "请填写正文") @Size(max = 100_000, message = "正文过长") String body,
        @NotBlank(message = "请选择分类") String category,
        @NotEmpty(message = "请选择责任单位") @Size(max = 10, message = "最多10个责任单位")
        List<@NotBlank(message = "责任单位不能为空") String> departments,
        Audience audience,
        LocalDateTime validFrom,
        LocalDateTime validTo,
        @Size(max = 20, message = "最多20个附件") List<@NotNull(message = "附件编号不能为空") Long> attachments) {

    NoticeRequest {
        title = title == null ? null : title.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        category = category == null ? null : category.strip();
        departments = departments == null ? null
                : departments.stream().map(d -> d == null ? null : d.strip()).distinct().toList();
        audience = audience == null ? Audience.everyone() : audience;
        attachments = attachments == null ? List.of() : attachments.stream().distinct().toList();
    }
}
