package cn.dengkou.bizservice.audit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A row of audit_entry; {@code detail} is the JSON text, {@code actorId} null for a system job. */
@TableName("audit_entry")
class AuditEntry {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String subjectKind;
    private Long subjectId;
    /** The subject's county; null for subjects not scoped by county yet. */
    private String county;
    private Long actorId;
    private String action;
    private String detail;
    private LocalDateTime createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSubjectKind() { return subjectKind; }
    public void setSubjectKind(String subjectKind) { this.subjectKind = subjectKind; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
