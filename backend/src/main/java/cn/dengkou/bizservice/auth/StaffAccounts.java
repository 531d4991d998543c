package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.Role;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** ADMIN's upkeep of staff accounts. */
@Service
class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final UserAccountMapper users;
    private final PasswordEncoder encoder;
    private final SessionTokens tokens;
    private final Dictionaries dictionaries;
    private final Clock clock;

    StaffAccounts(UserAccountMapper users, PasswordEncoder encoder, SessionTokens tokens, Dictionaries dictionaries,
                  Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    StaffView create(StaffRequest req) {
        Set<Role> roles = req.roles();
        if (roles.contains(Role.OWNER)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "roles 不能包含 OWNER");
        }
        if (roles.contains(Role.DEPARTMENT) && (req.department() == null || req.department().isBlank())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "DEPARTMENT 角色必须指定所属部门");
        }
        if (req.department() != null && !req.department().isBlank()) {
            dictionaries.require(Dictionaries.DEPARTMENTS, "department", List.of(req.department()));
        }
        UserAccount user = UserAccount.staff(req.username(), encoder.encode(req.password()), req.displayName(), roles,
                blankToNull(req.department()), LocalDateTime.now(clock));
        try {
            users.insert(user);
        } catch (DuplicateKeyException e) {
            throw new ApiException(ErrorCode.USERNAME_TAKEN);
        }
        log.info("staff account {} created with roles {}", user.getId(), user.getRoles());
        return StaffView.of(user);
    }

    /** Creates the first ADMIN from configuration when none is enabled; returns whether it did. */
    boolean bootstrapAdmin(String username, String password) {
        if (users.anyEnabledAdmin() || users.findByUsername(username) != null) {
            return false;
        }
        users.insert(UserAccount.staff(username, encoder.encode(password), "系统管理员", Set.of(Role.ADMIN), null,
                LocalDateTime.now(clock)));
        return true;
    }

    PageResult<StaffView> list(PageQuery page) {
        return PageResult.of(users.selectPage(page.toPage(), new LambdaQueryWrapper<UserAccount>()
                .isNotNull(UserAccount::getUsername).orderByAsc(UserAccount::getId)), StaffView::of);
    }

    StaffView setEnabled(long id, boolean enabled, long actingAdminId) {
        UserAccount user = users.selectById(id);
        if (user == null || user.getUsername() == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "员工账号不存在");
        }
        if (!enabled && id == actingAdminId) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "不能停用自己的账号");
        }
        users.setEnabled(id, enabled, LocalDateTime.now(clock));
        if (!enabled) {
            tokens.revokeAll(id);
        }
        log.info("staff account {} {}", id, enabled ? "enabled" : "disabled");
        user.setEnabled(enabled);
        return StaffView.of(user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
