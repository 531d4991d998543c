package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.audit.AuditTrail;
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
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ADMIN's upkeep of staff accounts. */
@Service
class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    /** The subject kind of staff accounts in the shared audit trail. */
    static final String KIND = "staff";

    /** What ADMIN does to a staff account, as the audit trail records it (never the password). */
    enum AuditAction { CREATE, DISABLE, ENABLE }

    private final UserAccountMapper users;
    private final PasswordEncoder encoder;
    private final SessionTokens tokens;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    StaffAccounts(UserAccountMapper users, PasswordEncoder encoder, SessionTokens tokens, Dictionaries dictionaries,
                  AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code actorId}: the ADMIN creating the account. */
    StaffView create(StaffRequest req, long actorId) {
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
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount user = UserAccount.staff(req.username(), encoder.encode(req.password()), req.displayName(), roles,
                blankToNull(req.department()), now);
        try {
            tx.executeWithoutResult(s -> {
                users.insert(user);
                audit.record(KIND, user.getId(), actorId, AuditAction.CREATE, created(user), now);
            });
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
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount admin = UserAccount.staff(username, encoder.encode(password), "系统管理员", Set.of(Role.ADMIN), null, now);
        tx.executeWithoutResult(s -> {
            users.insert(admin);
            audit.record(KIND, admin.getId(), null, AuditAction.CREATE, created(admin), now);
        });
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
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            users.setEnabled(id, enabled, now);
            audit.record(KIND, id, actingAdminId, enabled ? AuditAction.ENABLE : AuditAction.DISABLE, null, now);
        });
        if (!enabled) {
            tokens.revokeAll(id);
        }
        log.info("staff account {} {}", id, enabled ? "enabled" : "disabled");
        user.setEnabled(enabled);
        return StaffView.of(user);
    }

    /** What a new account's entry says: who it is and what it may do, not how it logs in. */
    private static Map<String, Object> created(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.getUsername());
        m.put("displayName", u.getDisplayName());
        m.put("roles", u.roleSet().stream().map(Role::name).sorted().toList());
        m.put("department", u.getDepartment());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
