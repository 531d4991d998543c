package cn.dengkou.bizservice.job;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job's content, however it arrived (a staff form, an import row, an approved hiring need): what {@link JobRules}
 * checks and what is written to the row. Codes are dictionary codes already.
 */
record JobDraft(String county, String title, String employer, String township, String industry, String type,
                Integer headcount, Integer salaryMin, Integer salaryMax, boolean salaryNegotiable, String requirements,
                String benefits, String description, String contactName, String contactPhone, LocalDate validUntil) {

    /** Writes the content columns of the row (status, source and times are the caller's). */
    void applyTo(Job j) {
        j.setCounty(county);
        j.setTitle(title);
        j.setEmployer(employer);
        j.setTownship(township);
        j.setIndustry(industry);
        j.setJobType(type);
        j.setHeadcount(headcount);
        j.setSalaryMin(salaryNegotiable ? null : salaryMin);
        j.setSalaryMax(salaryNegotiable ? null : salaryMax);
        j.setSalaryNegotiable(salaryNegotiable);
        j.setRequirements(requirements);
        j.setBenefits(benefits);
        j.setDescription(description);
        j.setContactName(contactName);
        j.setContactPhone(contactPhone);
        j.setValidUntil(validUntil);
    }

    static JobDraft of(Job j) {
        return new JobDraft(j.getCounty(), j.getTitle(), j.getEmployer(), j.getTownship(), j.getIndustry(), j.getJobType(),
                j.getHeadcount(), j.getSalaryMin(), j.getSalaryMax(), Boolean.TRUE.equals(j.getSalaryNegotiable()),
                j.getRequirements(), j.getBenefits(), j.getDescription(), j.getContactName(), j.getContactPhone(),
                j.getValidUntil());
    }

    /** The fields an edit's audit diff compares; the phone masked (the trail never holds a full number). */
    Map<String, Object> auditFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("employer", employer);
        m.put("township", township);
        m.put("industry", industry);
        m.put("type", type);
        m.put("headcount", headcount);
        m.put("salaryMin", salaryMin);
        m.put("salaryMax", salaryMax);
        m.put("salaryNegotiable", salaryNegotiable);
        m.put("requirements", requirements);
        m.put("benefits", benefits);
        m.put("description", description);
        m.put("contactName", contactName);
        m.put("contactPhone", cn.dengkou.bizservice.common.PhoneNumbers.mask(contactPhone));
        m.put("validUntil", validUntil == null ? null : validUntil.toString());
        return m;
    }

    /** The texts keyword search finds a job by. */
    String[] searchTexts() {
        return new String[] {title, employer, requirements, benefits, description};
    }
}
