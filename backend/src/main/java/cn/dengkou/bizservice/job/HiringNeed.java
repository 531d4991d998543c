package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An owner's hiring need (用工备案); its positions are {@link HiringNeedPosition} rows. */
@TableName("hiring_need")
class HiringNeed {

    /** The subject kind of hiring needs in the audit trail. */
    static final String KIND = "hiring-need";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String county;
    private Long businessId;
    private Long ownerId;
    private String township;
    private LocalDate deadline;
    private String contactName;
    private String contactPhone;
    private String description;
    private String status;
    private String rejectReason;
    private Long reviewedBy;
    private LocalDateTime reviewedAt;
    private Boolean labourCooperation;
    private String labourNote;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    Long getId() { return id; }
    void setId(Long id) { this.id = id; }
    String getCounty() { return county; }
    void setCounty(String county) { this.county = county; }
    Long getBusinessId() { return businessId; }
    void setBusinessId(Long businessId) { this.businessId = businessId; }
    Long getOwnerId() { return ownerId; }
    void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    String getTownship() { return township; }
    void setTownship(String township) { this.township = township; }
    LocalDate getDeadline() { return deadline; }
    void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    String getContactName() { return contactName; }
    void setContactName(String contactName) { this.contactName = contactName; }
    String getContactPhone() { return contactPhone; }
    void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    String getStatus() { return status; }
    void setStatus(String status) { this.status = status; }
    String getRejectReason() { return rejectReason; }
    void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
    Long getReviewedBy() { return reviewedBy; }
    void setReviewedBy(Long reviewedBy) { this.reviewedBy = reviewedBy; }
    LocalDateTime getReviewedAt() { return reviewedAt; }
    void setReviewedAt(LocalDateTime reviewedAt) { this.reviewedAt = reviewedAt; }
    Boolean getLabourCooperation() { return labourCooperation; }
    void setLabourCooperation(Boolean labourCooperation) { this.labourCooperation = labourCooperation; }
    String getLabourNote() { return labourNote; }
    void setLabourNote(String labourNote) { this.labourNote = labourNote; }
    LocalDateTime getCreatedAt() { return createdAt; }
    void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    LocalDateTime getUpdatedAt() { return updatedAt; }
    void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
