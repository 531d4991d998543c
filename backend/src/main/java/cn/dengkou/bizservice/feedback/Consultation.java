package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A published notice opened for comment until its deadline. */
@TableName("feedback_consultation")
class Consultation {

    /** The subject kind of consultations (keyed by their notice's id) in the shared audit trail. */
    static final String KIND = "consultation";

    @TableId(type = IdType.INPUT)
    private Long noticeId;
    private String county;
    private LocalDateTime deadline;
    private Long createdBy;
    private LocalDateTime createdAt;

    public Long getNoticeId() { return noticeId; }
    public void setNoticeId(Long noticeId) { this.noticeId = noticeId; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public LocalDateTime getDeadline() { return deadline; }
    public void setDeadline(LocalDateTime deadline) { this.deadline = deadline; }
    public Long getCreatedBy() { return createdBy; }
    public void setCreatedBy(Long createdBy) { this.createdBy = createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
