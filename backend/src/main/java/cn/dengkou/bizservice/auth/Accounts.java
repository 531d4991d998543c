package cn.dengkou.bizservice.auth;

import org.springframework.stereotype.Component;

/** What other features ask about accounts: an owner's WeChat openid (for content checks under their name). */
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
}
