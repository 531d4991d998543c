package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.extension.handlers.JacksonTypeHandler;

import java.time.LocalDateTime;
import java.util.List;

/** A user's job-alert subscription (one per user): new jobs of its county that fit the lists reach them. */
@TableName(value = "job_alert", autoResultMap = true)
class JobAlert {

    /** PROFILE: the lists follow the seeker profile (what a profile subscribes with); OWN: the user set them. */
    enum Origin { PROFILE, OWN }

    @TableId(type = IdType.INPUT)
    private Long userId;
    private String county;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> townships;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> industries;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> jobTypes;
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

    JobPreferences preferences() {
        return new JobPreferences(townships, industries, jobTypes);
    }

    void setPreferences(JobPreferences p) {
        townships = p.townships();
        industries = p.industries();
        jobTypes = p.jobTypes();
    }

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public List<String> getTownships() { return townships; }
    public void setTownships(List<String> townships) { this.townships = townships; }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries; }
    public List<String> getJobTypes() { return jobTypes; }
    public void setJobTypes(List<String> jobTypes) { this.jobTypes = jobTypes; }
    public Origin getOrigin() { return origin; }
    public void setOrigin(Origin origin) { this.origin = origin; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
