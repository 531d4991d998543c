package cn.dengkou.bizservice.push;

/** A claimable outbox row as the dispatcher reads it. */
class PushOutboxRow {

    private long id;
    private long taskId;
    private long userId;
    private String openid;
    private int attempts;
    private boolean quotaSpent;
    private int lane;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public long getTaskId() { return taskId; }
    public void setTaskId(long taskId) { this.taskId = taskId; }
    public long getUserId() { return userId; }
    public void setUserId(long userId) { this.userId = userId; }
    public String getOpenid() { return openid; }
    public void setOpenid(String openid) { this.openid = openid; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public boolean isQuotaSpent() { return quotaSpent; }
    public void setQuotaSpent(boolean quotaSpent) { this.quotaSpent = quotaSpent; }
    public int getLane() { return lane; }
    public void setLane(int lane) { this.lane = lane; }
}
