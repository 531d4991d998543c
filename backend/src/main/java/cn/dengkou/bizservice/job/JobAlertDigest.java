package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** One digest: a batch of newly opened jobs of one county, and the one message each matching subscriber gets for it. */
@TableName("job_alert_digest")
class JobAlertDigest {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String county;
    private String batchKey;
    private Integer jobCount;
    private Integer recipients;
    private Integer priority;
    private Long pushTaskId;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getBatchKey() { return batchKey; }
    public void setBatchKey(String batchKey) { this.batchKey = batchKey; }
    public Integer getJobCount() { return jobCount; }
    public void setJobCount(Integer jobCount) { this.jobCount = jobCount; }
    public Integer getRecipients() { return recipients; }
    public void setRecipients(Integer recipients) { this.recipients = recipients; }
    public Integer getPriority() { return priority; }
    public void setPriority(Integer priority) { this.priority = priority; }
    public Long getPushTaskId() { return pushTaskId; }
    public void setPushTaskId(Long pushTaskId) { this.pushTaskId = pushTaskId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
