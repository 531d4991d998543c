package cn.dengkou.bizservice.job;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;


/** One position of a hiring need; {@code jobId} is the job its approval published. */
@TableName("hiring_need_position")
class HiringNeedPosition {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long hiringNeedId;
    private String title;
    private Integer headcount;
    private Integer salaryMin;
    private Integer salaryMax;
    private Long jobId;

    Long getId() { return id; }
    void setId(Long id) { this.id = id; }
    Long getHiringNeedId() { return hiringNeedId; }
    void setHiringNeedId(Long hiringNeedId) { this.hiringNeedId = hiringNeedId; }
    String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    Integer getHeadcount() { return headcount; }
    void setHeadcount(Integer headcount) { this.headcount = headcount; }
    Integer getSalaryMin() { return salaryMin; }
    void setSalaryMin(Integer salaryMin) { this.salaryMin = salaryMin; }
    Integer getSalaryMax() { return salaryMax; }
    void setSalaryMax(Integer salaryMax) { this.salaryMax = salaryMax; }
    Long getJobId() { return jobId; }
    void setJobId(Long jobId) { this.jobId = jobId; }
}
