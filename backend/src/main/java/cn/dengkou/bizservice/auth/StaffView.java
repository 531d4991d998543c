package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.Role;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.Set;

/** @param county the account's division (a county, or the prefecture for prefecture staff) */
record StaffView(long id, String username, @Schema(nullable = true) String displayName, Set<Role> roles,
                 @Schema(nullable = true) String department, String county, boolean enabled, LocalDateTime createdAt) {

    static StaffView of(UserAccount u) {
        return new StaffView(u.getId(), u.getUsername(), u.getDisplayName(), u.roleSet(), u.getDepartment(), u.getCounty(),
                Boolean.TRUE.equals(u.getEnabled()), u.getCreatedAt());
    }
}
