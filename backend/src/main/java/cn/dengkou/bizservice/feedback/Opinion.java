package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** An owner's opinion on a consultation: SUBMITTED, then ADOPTED or NOTED by staff. */
@TableName("feedback_opinion")
class Opinion {

    /** The subject kind of opinions in the shared audit trail. */
    static final String KIND = "opinion";

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long noticeId;
    private String county;
    private Long ownerId;
    private Long businessId;
    private String township;
    private String kind;
    private String content;
    private String contentFlag;
    private String status;
    private Long decidedBy;
    private LocalDateTime decidedAt;
    private String reply;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getNoticeId() { return noticeId; }
    public void setNoticeId(Long noticeId) { this.noticeId = noticeId; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Long getBusinessId() { return businessId; }
    public void setBusinessId(Long businessId) { this.businessId = businessId; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getContentFlag() { return contentFlag; }
    public void setContentFlag(String contentFlag) { this.contentFlag = contentFlag; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getDecidedBy() { return decidedBy; }
    public void setDecidedBy(Long decidedBy) { this.decidedBy = decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
