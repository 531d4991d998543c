package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.targeting.Audience;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An event as staff create or replace it ({@code POST /admin/events}, {@code PUT /admin/events/{id}}).
 *
 * @param organiser            the organising department (dictionary {@code departments}), optional
 * @param description          rich text, sanitized like a notice body
 * @param capacity             seats; null = unlimited
 * @param registrationOpensAt  null = open as soon as it is published
 * @param audience             who may register (the targeting rule); empty = any bound, verified owner
 * @param openToUnbound        owners without a verified business may register too, with a name and phone (job fairs)
 */
record EventRequest(
        @NotBlank(message = "请填写活动标题") @Size(max = 200, message = "标题不能超过200字") String title,
        @NotBlank(message = "请选择活动类型") String kind,
        String organiser,
        @Size(max = 100_000, message = "活动介绍过长") String description,
        @NotNull(message = "请填写开始时间") LocalDateTime startAt,
        @NotNull(message = "请填写结束时间") LocalDateTime endAt,
        @NotNull(message = "请填写活动地点") @Valid Location location,
        @Size(max = 500, message = "线上链接不能超过500字")
        @Schema(example = "https://meeting.tencent.com/dm/abc") @Pattern(regexp = "https?://\\S+", message = "线上链接须以 http:// 或 https:// 开头") String onlineLink,
        @Min(value = 1, message = "名额至少为1") @Max(value = 100_000, message = "名额不能超过100000") Integer capacity,
        LocalDateTime registrationOpensAt,
        @NotNull(message = "请填写报名截止时间") LocalDateTime registrationDeadline,
        Audience audience,
        Boolean openToUnbound) {

    /**
     * Where it takes place; latitude/longitude (GCJ-02, what {@code wx.openLocation} takes) let the mini program open
     * the map.
     */
    record Location(@NotBlank(message = "请填写活动地址") @Size(max = 200, message = "地址不能超过200字") String address,
                    @Schema(nullable = true) String township,
                    @Schema(nullable = true) @DecimalMin(value = "-90", message = "纬度应在-90到90之间")
                    @DecimalMax(value = "90", message = "纬度应在-90到90之间") BigDecimal latitude,
                    @Schema(nullable = true) @DecimalMin(value = "-180", message = "经度应在-180到180之间")
                    @DecimalMax(value = "180", message = "经度应在-180到180之间") BigDecimal longitude) {
    }

    EventRequest {
        audience = audience == null ? Audience.everyone() : audience;
        openToUnbound = Boolean.TRUE.equals(openToUnbound);
    }
}
