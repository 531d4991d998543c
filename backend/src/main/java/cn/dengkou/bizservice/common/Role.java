package cn.dengkou.bizservice.common;

/** Roles are code, not data: every access rule names them. */
public enum Role {
    OWNER, ADMIN, ASSOCIATION, HR, DEPARTMENT;

    public boolean isStaff() {
        return this != OWNER;
    }
}
