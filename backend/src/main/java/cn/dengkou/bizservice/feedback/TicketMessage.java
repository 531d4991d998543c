package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A reply to the owner ({@code REPLY}) or an internal note ({@code NOTE}, never shown to the owner). */
@TableName("feedback_message")
class TicketMessage {

    static final String REPLY = "REPLY";
    static final String NOTE = "NOTE";

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long ticketId;
    private String kind;
    private Long authorId;
    private String department;
    private String content;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTicketId() { return ticketId; }
    public void setTicketId(Long ticketId) { this.ticketId = ticketId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getAuthorId() { return authorId; }
    public void setAuthorId(Long authorId) { this.authorId = authorId; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
