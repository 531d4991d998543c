package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A feedback category's default responsible department and SLAs in working days (data, V20). */
@TableName("feedback_category")
class FeedbackCategory {

    /** The subject kind of category settings in the shared audit trail (one subject, id 0: the codes are words). */
    static final String KIND = "ticket-category";

    static final int DEFAULT_FIRST_RESPONSE_DAYS = 3;
    static final int DEFAULT_RESOLUTION_DAYS = 15;

    @TableId(type = IdType.INPUT)
    private String code;
    private String department;
    private Integer firstResponseDays;
    private Integer resolutionDays;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public Integer getFirstResponseDays() { return firstResponseDays; }
    public void setFirstResponseDays(Integer firstResponseDays) { this.firstResponseDays = firstResponseDays; }
    public Integer getResolutionDays() { return resolutionDays; }
    public void setResolutionDays(Integer resolutionDays) { this.resolutionDays = resolutionDays; }
}
