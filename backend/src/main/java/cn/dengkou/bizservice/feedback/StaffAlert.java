package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A message to a department's staff (department null: the association's) of a county about tickets. */
@TableName("feedback_alert")
class StaffAlert {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String county;
    private String department;
    private Long ticketId;
    private String kind;
    private String title;
    private String summary;
    private String dedupKey;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public Long getTicketId() { return ticketId; }
    public void setTicketId(Long ticketId) { this.ticketId = ticketId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDedupKey() { return dedupKey; }
    public void setDedupKey(String dedupKey) { this.dedupKey = dedupKey; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
