package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One owner's difficulty (问情 ticket); its status moves only as {@link FeedbackTransition} lists. */
@TableName("feedback_ticket")
class Ticket {

    /** The subject kind of tickets in the shared audit trail. */
    static final String KIND = "ticket";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String county;
    private Long ownerId;
    private Long businessId;
    private String township;
    private String category;
    private String department;
    private String content;
    private String contactPhone;
    private Boolean hideIdentity;
    private String contentFlag;
    private String source;
    private String status;
    private LocalDate firstResponseDue;
    private LocalDate resolutionDue;
    private LocalDate originalResolutionDue;
    private LocalDateTime firstRespondedAt;
    private String resolution;
    private LocalDateTime resolvedAt;
    private Integer reopenedCount;
    private LocalDate responseRemindedOn;
    private LocalDate resolutionRemindedOn;
    private Integer rating;
    private String ratingComment;
    private LocalDateTime ratedAt;
    private LocalDateTime closedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Long getBusinessId() { return businessId; }
    public void setBusinessId(Long businessId) { this.businessId = businessId; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public Boolean getHideIdentity() { return hideIdentity; }
    public void setHideIdentity(Boolean hideIdentity) { this.hideIdentity = hideIdentity; }
    public String getContentFlag() { return contentFlag; }
    public void setContentFlag(String contentFlag) { this.contentFlag = contentFlag; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getFirstResponseDue() { return firstResponseDue; }
    public void setFirstResponseDue(LocalDate firstResponseDue) { this.firstResponseDue = firstResponseDue; }
    public LocalDate getResolutionDue() { return resolutionDue; }
    public void setResolutionDue(LocalDate resolutionDue) { this.resolutionDue = resolutionDue; }
    public LocalDate getOriginalResolutionDue() { return originalResolutionDue; }
    public void setOriginalResolutionDue(LocalDate originalResolutionDue) { this.originalResolutionDue = originalResolutionDue; }
    public LocalDateTime getFirstRespondedAt() { return firstRespondedAt; }
    public void setFirstRespondedAt(LocalDateTime firstRespondedAt) { this.firstRespondedAt = firstRespondedAt; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
    public LocalDateTime getResolvedAt() { return resolvedAt; }
    public void setResolvedAt(LocalDateTime resolvedAt) { this.resolvedAt = resolvedAt; }
    public Integer getReopenedCount() { return reopenedCount; }
    public void setReopenedCount(Integer reopenedCount) { this.reopenedCount = reopenedCount; }
    public LocalDate getResponseRemindedOn() { return responseRemindedOn; }
    public void setResponseRemindedOn(LocalDate responseRemindedOn) { this.responseRemindedOn = responseRemindedOn; }
    public LocalDate getResolutionRemindedOn() { return resolutionRemindedOn; }
    public void setResolutionRemindedOn(LocalDate resolutionRemindedOn) { this.resolutionRemindedOn = resolutionRemindedOn; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getRatingComment() { return ratingComment; }
    public void setRatingComment(String ratingComment) { this.ratingComment = ratingComment; }
    public LocalDateTime getRatedAt() { return ratedAt; }
    public void setRatedAt(LocalDateTime ratedAt) { this.ratedAt = ratedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }

    FeedbackStatus statusValue() {
        return FeedbackStatus.valueOf(status);
    }
}
