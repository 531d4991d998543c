package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A job posting (table {@code job}). The salary is monthly, in yuan; both bounds are null when it is negotiable (面议).
 * {@code source}/{@code externalId} identify an imported row, so a re-import updates it instead of adding a copy.
 */
@TableName("job")
public class Job {

    /** The subject kind of jobs in the shared term index and audit trail. */
    public static final String KIND = "job";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String county;
    private String title;
    private Long businessId;
    private String employer;
    private String township;
    private String industry;
    private String jobType;
    private Integer headcount;
    private Integer salaryMin;
    private Integer salaryMax;
    private Boolean salaryNegotiable;
    private String requirements;
    private String benefits;
    private String description;
    private String contactName;
    private String contactPhone;
    private LocalDate validUntil;
    private String status;
    private String source;
    private String externalId;
    private Long importRunId;
    private Long hiringNeedId;
    private Integer contactReveals;
    private Long createdBy;
    private Long updatedBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private LocalDateTime publishedAt;
    private LocalDateTime closedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getBusinessId() { return businessId; }
    public void setBusinessId(Long businessId) { this.businessId = businessId; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getJobType() { return jobType; }
    public void setJobType(String jobType) { this.jobType = jobType; }
    public Integer getHeadcount() { return headcount; }
    public void setHeadcount(Integer headcount) { this.headcount = headcount; }
    public Integer getSalaryMin() { return salaryMin; }
    public void setSalaryMin(Integer salaryMin) { this.salaryMin = salaryMin; }
    public Integer getSalaryMax() { return salaryMax; }
    public void setSalaryMax(Integer salaryMax) { this.salaryMax = salaryMax; }
    public Boolean getSalaryNegotiable() { return salaryNegotiable; }
    public void setSalaryNegotiable(Boolean salaryNegotiable) { this.salaryNegotiable = salaryNegotiable; }
    public String getRequirements() { return requirements; }
    public void setRequirements(String requirements) { this.requirements = requirements; }
    public String getBenefits() { return benefits; }
    public void setBenefits(String benefits) { this.benefits = benefits; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public Long getImportRunId() { return importRunId; }
    public void setImportRunId(Long importRunId) { this.importRunId = importRunId; }
    public Long getHiringNeedId() { return hiringNeedId; }
    public void setHiringNeedId(Long hiringNeedId) { this.hiringNeedId = hiringNeedId; }
    public Integer getContactReveals() { return contactReveals; }
    public void setContactReveals(Integer contactReveals) { this.contactReveals = contactReveals; }
    public Long getCreatedBy() { return createdBy; }
    public void setCreatedBy(Long createdBy) { this.createdBy = createdBy; }
    public Long getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(Long updatedBy) { this.updatedBy = updatedBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
}
