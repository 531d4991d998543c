package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A staff visit to a business (走访): what was discussed, problems found, help given. */
@TableName("feedback_visit")
class Visit {

    /** The subject kind of visits in the shared audit trail. */
    static final String KIND = "visit";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String county;
    private Long businessId;
    private String township;
    private LocalDate visitedOn;
    private Long recordedBy;
    private String visitors;
    private String discussed;
    private String problems;
    private String helpGiven;
    private LocalDate followUpOn;
    private Long ticketId;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Long getBusinessId() { return businessId; }
    public void setBusinessId(Long businessId) { this.businessId = businessId; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public void setVisitedOn(LocalDate visitedOn) { this.visitedOn = visitedOn; }
    public Long getRecordedBy() { return recordedBy; }
    public void setRecordedBy(Long recordedBy) { this.recordedBy = recordedBy; }
    public String getVisitors() { return visitors; }
    public void setVisitors(String visitors) { this.visitors = visitors; }
    public String getDiscussed() { return discussed; }
    public void setDiscussed(String discussed) { this.discussed = discussed; }
    public String getProblems() { return problems; }
    public void setProblems(String problems) { this.problems = problems; }
    public String getHelpGiven() { return helpGiven; }
    public void setHelpGiven(String helpGiven) { this.helpGiven = helpGiven; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
    public Long getTicketId() { return ticketId; }
    public void setTicketId(Long ticketId) { this.ticketId = ticketId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
