package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Dictionaries;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * What jobs someone wants: dictionary codes of townships, industries and job types; an empty list means any. A
 * seeker profile states them, and a job alert reaches its subscriber with the new jobs that fit them.
 */
public record JobPreferences(
        @Schema(description = "乡镇（苏木）代码，空表示不限") @Size(max = 30, message = "最多选择30项") List<String> townships,
        @Schema(description = "行业代码，空表示不限") @Size(max = 30, message = "最多选择30项") List<String> industries,
        @Schema(description = "用工类型代码（字典 job-types），空表示不限") @Size(max = 10, message = "最多选择10项") List<String> jobTypes) {

    public JobPreferences {
        townships = townships == null ? List.of() : List.copyOf(townships);
        industries = industries == null ? List.of() : List.copyOf(industries);
        jobTypes = jobTypes == null ? List.of() : List.copyOf(jobTypes);
    }

    static final JobPreferences ANY = new JobPreferences(null, null, null);

    /** The one matching rule of job alerts: every non-empty list names the job's value (a job without one fits only "any"). */
    boolean fits(String township, String industry, String jobType) {
        return fits(townships, township) && fits(industries, industry) && fits(jobTypes, jobType);
    }

    private static boolean fits(List<String> wanted, String value) {
        return wanted.isEmpty() || value != null && wanted.contains(value); // List.copyOf refuses contains(null)
    }

    /** Field errors for codes that are not in the county's dictionaries (a township of another county included). */
    void check(Dictionaries dictionaries, String county, Map<String, String> errors) {
        dictionaries.check(Dictionaries.TOWNSHIPS, county, "townships", townships, errors);
        dictionaries.check(Dictionaries.INDUSTRIES, "industries", industries, errors);
        dictionaries.check(JOB_TYPES, "jobTypes", jobTypes, errors);
    }

    static final String JOB_TYPES = "job-types";
}
