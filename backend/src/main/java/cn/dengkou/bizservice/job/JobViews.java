package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.PhoneNumbers;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the job endpoints answer. */
final class JobViews {

    private JobViews() {
    }

    /** {@code POST /admin/jobs}: the first job; {@code ids} one per county it was published to. */
    @Schema(name = "JobCreated")
    record Created(long id, String status, List<Long> ids) {
    }

    /** The contact a logged-in user asked for ({@code POST /jobs/{id}/contact}). */
    @Schema(name = "JobContact")
    record Contact(@Schema(nullable = true) String contactName, String contactPhone) {
    }

    /** What staff see: everything, the full phone number included. */
    @Schema(name = "JobStaffView")
    record Staff(long id, String county, String title, String employer, @Schema(nullable = true) Long businessId,
                 @Schema(nullable = true) String township, @Schema(nullable = true) String townshipName,
                 @Schema(nullable = true) String industry, @Schema(nullable = true) String industryName,
                 String type, String typeName, int headcount, @Schema(nullable = true) Integer salaryMin,
                 @Schema(nullable = true) Integer salaryMax, boolean salaryNegotiable, String salaryText,
                 @Schema(nullable = true) String requirements, @Schema(nullable = true) String benefits,
                 @Schema(nullable = true) String description, @Schema(nullable = true) String contactName,
                 String contactPhone, LocalDate validUntil, String status, String statusName, String source,
                 @Schema(nullable = true) String externalId, @Schema(nullable = true) Long hiringNeedId,
                 int contactReveals, LocalDateTime publishedAt, LocalDateTime updatedAt) {

        static Staff of(Job j, Dictionaries d) {
            return new Staff(j.getId(), j.getCounty(), j.getTitle(), j.getEmployer(), j.getBusinessId(), j.getTownship(),
                    name(d, Dictionaries.TOWNSHIPS, j.getTownship()), j.getIndustry(),
                    name(d, Dictionaries.INDUSTRIES, j.getIndustry()), j.getJobType(), d.nameOf(JobRules.JOB_TYPES, j.getJobType()),
                    j.getHeadcount(), j.getSalaryMin(), j.getSalaryMax(), Boolean.TRUE.equals(j.getSalaryNegotiable()),
                    JobViews.salaryText(j), j.getRequirements(), j.getBenefits(), j.getDescription(), j.getContactName(),
                    j.getContactPhone(), j.getValidUntil(), j.getStatus(), JobStatus.valueOf(j.getStatus()).label,
                    j.getSource(), j.getExternalId(), j.getHiringNeedId(), j.getContactReveals(), j.getPublishedAt(),
                    j.getUpdatedAt());
        }
    }

    /**
     * What the public sees of an open job, in lists and the detail: the phone masked (138****0000).
     *
     * @param matchReasons why it is listed first for the caller (与您同在隆盛合镇, 符合您的求职意向：隆盛合镇，全职); empty otherwise
     */
    @Schema(name = "JobView")
    record Public(long id, String county, String title, String employer, @Schema(nullable = true) String township,
                  @Schema(nullable = true) String townshipName, @Schema(nullable = true) String industry,
                  @Schema(nullable = true) String industryName, String type, String typeName, int headcount,
                  @Schema(nullable = true) Integer salaryMin, @Schema(nullable = true) Integer salaryMax,
                  boolean salaryNegotiable, String salaryText, @Schema(nullable = true) String requirements,
                  @Schema(nullable = true) String benefits, @Schema(nullable = true) String description,
                  @Schema(nullable = true) String contactName, String contactPhone, LocalDate validUntil,
                  LocalDateTime publishedAt, List<String> matchReasons) {

        static Public of(Job j, Dictionaries d, List<String> reasons) {
            return new Public(j.getId(), j.getCounty(), j.getTitle(), j.getEmployer(), j.getTownship(),
                    name(d, Dictionaries.TOWNSHIPS, j.getTownship()), j.getIndustry(),
                    name(d, Dictionaries.INDUSTRIES, j.getIndustry()), j.getJobType(), d.nameOf(JobRules.JOB_TYPES, j.getJobType()),
                    j.getHeadcount(), j.getSalaryMin(), j.getSalaryMax(), Boolean.TRUE.equals(j.getSalaryNegotiable()),
                    JobViews.salaryText(j), j.getRequirements(), j.getBenefits(), j.getDescription(), j.getContactName(),
                    PhoneNumbers.mask(j.getContactPhone()), j.getValidUntil(), j.getPublishedAt(), reasons);
        }
    }

    /** 3000-4500元/月, 3000元/月起, 最高4500元/月, 面议. */
    static String salaryText(Job j) {
        Integer min = j.getSalaryMin();
        Integer max = j.getSalaryMax();
        if (Boolean.TRUE.equals(j.getSalaryNegotiable()) || (min == null && max == null)) {
            return "面议";
        }
        if (min != null && max != null) {
            return min.equals(max) ? min + "元/月" : min + "-" + max + "元/月";
        }
        return min != null ? min + "元/月起" : "最高" + max + "元/月";
    }

    private static String name(Dictionaries d, String dictionary, String code) {
        return code == null ? null : d.nameOf(dictionary, code);
    }
}
