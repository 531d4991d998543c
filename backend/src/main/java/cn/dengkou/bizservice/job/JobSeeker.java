package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.extension.handlers.JacksonTypeHandler;

import java.time.LocalDateTime;
import java.util.List;

/** A WeChat user's seeker profile (one per user). Sensitive: HR and ADMIN only. */
@TableName(value = "job_seeker", autoResultMap = true)
class JobSeeker {

    @TableId(type = IdType.INPUT)
    private Long userId;
    private String county;
    private JobSeekerSituation situation;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> townships;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> industries;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> jobTypes;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

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
    public JobSeekerSituation getSituation() { return situation; }
    public void setSituation(JobSeekerSituation situation) { this.situation = situation; }
    public List<String> getTownships() { return townships; }
    public void setTownships(List<String> townships) { this.townships = townships; }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries; }
    public List<String> getJobTypes() { return jobTypes; }
    public void setJobTypes(List<String> jobTypes) { this.jobTypes = jobTypes; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
