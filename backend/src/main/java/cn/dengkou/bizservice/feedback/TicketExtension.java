package cn.dengkou.bizservice.feedback;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A department's request for more time on a ticket; the association grants it (the due date moves) or refuses. */
@TableName("feedback_extension")
class TicketExtension {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long ticketId;
    private String reason;
    private LocalDate requestedDue;
    private LocalDate previousDue;
    private String status;
    private Long requestedBy;
    private LocalDateTime requestedAt;
    private Long decidedBy;
    private LocalDateTime decidedAt;
    private String decisionNote;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTicketId() { return ticketId; }
    public void setTicketId(Long ticketId) { this.ticketId = ticketId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getRequestedDue() { return requestedDue; }
    public void setRequestedDue(LocalDate requestedDue) { this.requestedDue = requestedDue; }
    public LocalDate getPreviousDue() { return previousDue; }
    public void setPreviousDue(LocalDate previousDue) { this.previousDue = previousDue; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getRequestedBy() { return requestedBy; }
    public void setRequestedBy(Long requestedBy) { this.requestedBy = requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public void setRequestedAt(LocalDateTime requestedAt) { this.requestedAt = requestedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public void setDecidedBy(Long decidedBy) { this.decidedBy = decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
}
