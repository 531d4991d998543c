package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A user's job-alert subscription (one per user): new jobs of its county that fit the lists reach them. */
@TableName(value = "job_alert", autoResultMap = true)
class JobAlert extends PreferenceColumns {

    /** PROFILE: the lists follow the seeker profile (what a profile subscribes with); OWN: the user set them. */
    enum Origin { PROFILE, OWN }

    @TableId(type = IdType.INPUT)
    private Long userId;
    private String county;
    private Origin origin;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    static JobAlert of(long userId, String county, JobPreferences p, Origin origin, LocalDateTime now) {
        JobAlert a = new JobAlert();
        a.userId = userId;
        a.county = county;
        a.setPreferences(p);
        a.origin = origin;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Origin getOrigin() { return origin; }
    public void setOrigin(Origin origin) { this.origin = origin; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
