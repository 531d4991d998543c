package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.Role;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** What other features ask about accounts: an owner's openid (content checks), the staff to tell about something. */
@Component
public class Accounts {

    private final UserAccountMapper users;

    Accounts(UserAccountMapper users) {
        this.users = users;
    }

    /** The owner's WeChat openid, or null (a staff account, or no such user). */
    public String openidOf(long userId) {
        UserAccount a = users.selectById(userId);
        return a == null ? null : a.getOpenid();
    }

    /**
     * Enabled staff with the role in one of the divisions (a county and its prefecture, say); for DEPARTMENT,
     * {@code department} names which (null: any).
     */
    public List<Long> staffIds(Role role, String department, Collection<String> divisions) {
        return users.selectList(new LambdaQueryWrapper<UserAccount>()
                        .select(UserAccount::getId)
                        .eq(UserAccount::getEnabled, true)
                        .in(UserAccount::getCounty, divisions)
                        .eq(department != null, UserAccount::getDepartment, department)
                        .apply("FIND_IN_SET({0}, roles) > 0", role.name()))
                .stream().map(UserAccount::getId).toList();
    }
}
