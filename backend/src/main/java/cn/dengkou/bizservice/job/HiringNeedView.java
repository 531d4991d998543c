package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Dictionaries;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A hiring need as its owner and HR see it.
 *
 * @param labourCooperation marked by HR for outside labour cooperation (劳务合作), with {@code labourNote}
 */
@Schema(name = "HiringNeedView")
record HiringNeedView(long id, String county, long businessId, String status, String statusName,
                      List<Position> positions, @Schema(nullable = true) String township,
                      @Schema(nullable = true) String townshipName, LocalDate deadline,
                      @Schema(nullable = true) String contactName, String contactPhone,
                      @Schema(nullable = true) String description, @Schema(nullable = true) String rejectReason,
                      @Schema(nullable = true) LocalDateTime reviewedAt, boolean labourCooperation,
                      @Schema(nullable = true) String labourNote, LocalDateTime createdAt) {

    /** @param jobId the job the approval published (null before) */
    @Schema(name = "HiringNeedPosition")
    record Position(long id, String title, int headcount, @Schema(nullable = true) Integer salaryMin,
                    @Schema(nullable = true) Integer salaryMax, @Schema(nullable = true) Long jobId) {
    }

    /** Created: {@code {id, status}}. */
    @Schema(name = "HiringNeedCreated")
    record Created(long id, String status) {
    }

    static HiringNeedView of(HiringNeed n, List<HiringNeedPosition> positions, Dictionaries d) {
        return new HiringNeedView(n.getId(), n.getCounty(), n.getBusinessId(), n.getStatus(),
                HiringNeedStatus.valueOf(n.getStatus()).label,
                positions.stream().map(p -> new Position(p.getId(), p.getTitle(), p.getHeadcount(), p.getSalaryMin(),
                        p.getSalaryMax(), p.getJobId())).toList(),
                n.getTownship(), n.getTownship() == null ? null : d.nameOf(Dictionaries.TOWNSHIPS, n.getTownship()),
                n.getDeadline(), n.getContactName(), n.getContactPhone(), n.getDescription(), n.getRejectReason(),
                n.getReviewedAt(), Boolean.TRUE.equals(n.getLabourCooperation()), n.getLabourNote(), n.getCreatedAt());
    }
}
