package cn.dengkou.bizservice.job;

import static cn.dengkou.bizservice.common.QueryParams.orNull;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /admin/jobs} and {@code PUT /admin/jobs/{id}}: the whole job (a PUT replaces it). Checked by
 * {@link JobRules}, which reports every bad field at once.
 *
 * @param salaryNegotiable 面议: the salary bounds are then ignored
 * @param counties         where to publish (prefecture staff, several served counties): one job per county;
 *                         county staff leave it out (their county); ignored by PUT
 */
record JobRequest(String title, String employer, String township, String industry, String type, Integer headcount,
                  Integer salaryMin, Integer salaryMax, Boolean salaryNegotiable, String requirements, String benefits,
                  String description, String contactName, String contactPhone, LocalDate validUntil,
                  List<String> counties) {

    JobDraft draft(String county) {
        return new JobDraft(county, orNull(title), orNull(employer), orNull(township), orNull(industry), orNull(type),
                headcount, salaryMin, salaryMax, Boolean.TRUE.equals(salaryNegotiable), orNull(requirements),
                orNull(benefits), orNull(description), orNull(contactName), orNull(contactPhone), validUntil);
    }
}
