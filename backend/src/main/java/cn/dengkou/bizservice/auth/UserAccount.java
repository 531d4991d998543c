package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.Role;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who uses the system: an owner (keyed by openid) or a staff member (keyed by username). */
@TableName("app_user")
public class UserAccount {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String openid;
    private String unionid;
    private String username;
    private String passwordHash;
    private String displayName;
    private String roles;
    private String department;
    /** A staff account's division (a county or the prefecture); null for owners. */
    private String county;
    private String phone;
    private Boolean enabled;
    /** When WeChat refused this openid to a subscribe send (40003); null while it works. */
    private LocalDateTime openidInvalidAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    static UserAccount owner(String openid, String unionid, LocalDateTime now) {
        UserAccount u = new UserAccount();
        u.openid = openid;
        u.unionid = unionid;
        u.roles = Role.OWNER.name();
        u.enabled = true;
        u.createdAt = now;
        u.updatedAt = now;
        return u;
    }

    static UserAccount staff(String username, String passwordHash, String displayName, Set<Role> roles,
                             String department, String county, LocalDateTime now) {
        UserAccount u = new UserAccount();
        u.username = username;
        u.passwordHash = passwordHash;
        u.displayName = displayName;
        u.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        u.department = department;
        u.county = county;
        u.enabled = true;
        u.createdAt = now;
        u.updatedAt = now;
        return u;
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getOpenid() { return openid; }
    public void setOpenid(String openid) { this.openid = openid; }
    public String getUnionid() { return unionid; }
    public void setUnionid(String unionid) { this.unionid = unionid; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRoles() { return roles; }
    public void setRoles(String roles) { this.roles = roles; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDateTime getOpenidInvalidAt() { return openidInvalidAt; }
    public void setOpenidInvalidAt(LocalDateTime openidInvalidAt) { this.openidInvalidAt = openidInvalidAt; }
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
