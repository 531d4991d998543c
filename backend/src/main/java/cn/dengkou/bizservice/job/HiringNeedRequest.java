package cn.dengkou.bizservice.job;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /me/hiring-needs}: the positions an owner needs filled. Salary bounds both null = 面议. The content is
 * checked by {@link JobRules}, as the jobs it becomes will be.
 */
record HiringNeedRequest(@NotEmpty(message = "请至少填写一个岗位") @Size(max = 20, message = "最多20个岗位")
                         List<@Valid @NotNull(message = "岗位不能为空") Position> positions,
                         String township, LocalDate deadline, String contactName, String contactPhone,
                         @Size(max = 2000, message = "说明不能超过2000字") String description) {

    @Schema(name = "HiringNeedRequestPosition")
    record Position(String title, Integer headcount, Integer salaryMin, Integer salaryMax) {
    }
}
