package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffRule;
import cn.dengkou.bizservice.common.StaffScope;
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

/**
 * ADMIN's upkeep of staff accounts, inside the ADMIN's division: a county ADMIN manages its county's staff,
 * a prefecture ADMIN the staff of every county under it and of the prefecture ({@link #RULE}, {@link #mayCreateIn}).
 */
@Service
class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    /** The subject kind of staff accounts in the shared audit trail. */
    static final String KIND = "staff";

    /** What ADMIN does to a staff account, as the audit trail records it (never the password). */
    enum AuditAction { CREATE, DISABLE, ENABLE }

    /** Which accounts an ADMIN manages: those whose division is in the ADMIN's counties. */
    static final StaffRule RULE = StaffRule.whole(Role.ADMIN);

    private final UserAccountMapper users;
    private final PasswordEncoder encoder;
    private final SessionTokens tokens;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counties counties;

    StaffAccounts(UserAccountMapper users, PasswordEncoder encoder, SessionTokens tokens, Dictionaries dictionaries,
                  AuditTrail audit, TransactionTemplate tx, Clock clock, Counties counties) {
        this.counties = counties;
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code actor}: the ADMIN creating the account. */
    StaffView create(StaffRequest req, AuthUser actor) {
        long actorId = actor.id();
        String county = divisionFor(req.county(), actor);
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
                blankToNull(req.department()), county, now);
        try {
            tx.executeWithoutResult(s -> {
                users.insert(user);
                audit.record(KIND, user.getId(), county, actorId, AuditAction.CREATE, created(user), now);
            });
        } catch (DuplicateKeyException e) {
            throw new ApiException(ErrorCode.USERNAME_TAKEN);
        }
        log.info("staff account {} created with roles {} in {}", user.getId(), user.getRoles(), county);
        return StaffView.of(user);
    }

    /**
     * Creates the first ADMIN from configuration when its division (the one served county, or the prefecture) has
     * no enabled ADMIN; returns whether it did. County ADMINs do not count for a prefecture: they cannot create it.
     */
    boolean bootstrapAdmin(String username, String password) {
        if (users.anyEnabledAdmin(counties.bootstrapDivision()) || users.findByUsername(username) != null) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount admin = UserAccount.staff(username, encoder.encode(password), "系统管理员", Set.of(Role.ADMIN), null,
                counties.bootstrapDivision(), now);
        tx.executeWithoutResult(s -> {
            users.insert(admin);
            audit.record(KIND, admin.getId(), admin.getCounty(), null, AuditAction.CREATE, created(admin), now);
        });
        return true;
    }

    /** The staff accounts whose division is in the ADMIN's counties (all of them for a whole scope). */
    PageResult<StaffView> list(PageQuery page, AuthUser admin) {
        Set<String> in = scope(admin).counties();
        if (in != null && in.isEmpty()) {
            return PageResult.of(page.<UserAccount>toPage(), StaffView::of);
        }
        return PageResult.of(users.selectPage(page.toPage(), new LambdaQueryWrapper<UserAccount>()
                .isNotNull(UserAccount::getUsername).in(in != null, UserAccount::getCounty, in)
                .orderByAsc(UserAccount::getId)), StaffView::of);
    }

    StaffView setEnabled(long id, boolean enabled, AuthUser admin) {
        long actingAdminId = admin.id();
        UserAccount user = users.selectById(id);
        // another county's account answers as if it did not exist
        if (user == null || user.getUsername() == null
                || !RULE.mayManage(admin, StaffScope.Subject.inCounty(user.getCounty()))) {
            throw new ApiException(ErrorCode.NOT_FOUND, "员工账号不存在");
        }
        if (!enabled && id == actingAdminId) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "不能停用自己的账号");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            users.setEnabled(id, enabled, now);
            audit.record(KIND, id, user.getCounty(), actingAdminId, enabled ? AuditAction.ENABLE : AuditAction.DISABLE,
                    null, now);
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
        m.put("county", u.getCounty());
        return m;
    }

    private static StaffScope scope(AuthUser admin) {
        return RULE.scopeOf(admin).orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /**
     * The new account's division: the one asked for, else the creating ADMIN's own county. A county ADMIN creates
     * staff of its own county only; a prefecture ADMIN staff of any served county under it or of the prefecture,
     * and must say which (a missing county would silently make prefecture-wide accounts).
     */
    private String divisionFor(String requested, AuthUser actor) {
        String asked = blankToNull(requested == null ? null : requested.strip());
        String own = actor.county();
        boolean prefectureActor = own != null && !counties.isServed(own);
        if (asked == null) {
            if (own == null || prefectureActor) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 请指定新账号所属的区县（旗）或市级");
            }
            return own;
        }
        if (!counties.isDivision(asked)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + asked);
        }
        if (!mayCreateIn(own, asked)) {
            throw new ApiException(ErrorCode.COUNTY_FORBIDDEN, "只能在" + counties.name(own) + "范围内创建员工账号");
        }
        return asked;
    }

    /** A division creates accounts in itself and, for a prefecture, in the counties under it. */
    private boolean mayCreateIn(String own, String asked) {
        return own == null || own.equals(asked) || own.equals(counties.prefectureOf(asked));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
