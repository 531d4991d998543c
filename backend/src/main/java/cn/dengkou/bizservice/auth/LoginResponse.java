package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.common.Role;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** What both logins answer: the bearer token, its lifetime in seconds and who logged in. */
record LoginResponse(String token, long expiresIn, User user) {

    record User(long id, Set<Role> roles, @Schema(nullable = true) String displayName,
                @Schema(nullable = true) String department, @Schema(nullable = true) BusinessView business) {
    }
}
