package cn.dengkou.bizservice.event;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/**
 * A registration for an event, or a walk-in staff recorded ({@code walkIn}, no user). The table's generated
 * {@code live_user_id} (not mapped) keeps one live registration per user and event.
 */
@TableName("event_registration")
public class Registration {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long eventId;
    private String county;
    private Long userId;
    private String status;
    private String name;
    private String phone;
    private String businessName;
    private Boolean walkIn;
    private LocalDateTime checkedInAt;
    private Long checkedInBy;
    private LocalDateTime promotedAt;
    private LocalDateTime cancelledAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getBusinessName() { return businessName; }
    public void setBusinessName(String businessName) { this.businessName = businessName; }
    public Boolean getWalkIn() { return walkIn; }
    public void setWalkIn(Boolean walkIn) { this.walkIn = walkIn; }
    public LocalDateTime getCheckedInAt() { return checkedInAt; }
    public void setCheckedInAt(LocalDateTime checkedInAt) { this.checkedInAt = checkedInAt; }
    public Long getCheckedInBy() { return checkedInBy; }
    public void setCheckedInBy(Long checkedInBy) { this.checkedInBy = checkedInBy; }
    public LocalDateTime getPromotedAt() { return promotedAt; }
    public void setPromotedAt(LocalDateTime promotedAt) { this.promotedAt = promotedAt; }
    public LocalDateTime getCancelledAt() { return cancelledAt; }
    public void setCancelledAt(LocalDateTime cancelledAt) { this.cancelledAt = cancelledAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
