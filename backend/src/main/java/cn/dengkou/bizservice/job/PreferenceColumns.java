package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.extension.handlers.JacksonTypeHandler;

import java.util.List;

/** The three JSON code-list columns a seeker profile and an alert subscription both keep ({@link JobPreferences}). */
abstract class PreferenceColumns {

    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> townships;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> industries;
    @TableField(typeHandler = JacksonTypeHandler.class)
    private List<String> jobTypes;

    JobPreferences preferences() {
        return new JobPreferences(townships, industries, jobTypes);
    }

    void setPreferences(JobPreferences p) {
        townships = p.townships();
        industries = p.industries();
        jobTypes = p.jobTypes();
    }

    public List<String> getTownships() { return townships; }
    public void setTownships(List<String> townships) { this.townships = townships; }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries; }
    public List<String> getJobTypes() { return jobTypes; }
    public void setJobTypes(List<String> jobTypes) { this.jobTypes = jobTypes; }
}
