package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A WeChat user's seeker profile (one per user). Sensitive: HR and ADMIN only. */
@TableName(value = "job_seeker", autoResultMap = true)
class JobSeeker extends PreferenceColumns {

    @TableId(type = IdType.INPUT)
    private Long userId;
    private String county;
    private JobSeekerSituation situation;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public JobSeekerSituation getSituation() { return situation; }
    public void setSituation(JobSeekerSituation situation) { this.situation = situation; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
