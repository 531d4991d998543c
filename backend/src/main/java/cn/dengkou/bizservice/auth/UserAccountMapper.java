package cn.dengkou.bizservice.auth;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;

@Mapper
public interface UserAccountMapper extends BaseMapper<UserAccount> {

    default UserAccount findByOpenid(String openid) {
        return selectOne(new LambdaQueryWrapper<UserAccount>().eq(UserAccount::getOpenid, openid));
    }

    default UserAccount findByUsername(String username) {
        return selectOne(new LambdaQueryWrapper<UserAccount>().eq(UserAccount::getUsername, username));
    }

    default boolean anyEnabledAdmin(String county) {
        return selectCount(new LambdaQueryWrapper<UserAccount>()
                .eq(UserAccount::getEnabled, true)
                .eq(UserAccount::getCounty, county)
                .apply("FIND_IN_SET('ADMIN', roles) > 0")) > 0;
    }

    default void setPhone(long id, String phone, LocalDateTime now) {
        update(null, new LambdaUpdateWrapper<UserAccount>().eq(UserAccount::getId, id)
                .set(UserAccount::getPhone, phone).set(UserAccount::getUpdatedAt, now));
    }

    default void setEnabled(long id, boolean enabled, LocalDateTime now) {
        update(null, new LambdaUpdateWrapper<UserAccount>().eq(UserAccount::getId, id)
                .set(UserAccount::getEnabled, enabled).set(UserAccount::getUpdatedAt, now));
    }

    /** A login proves the openid works again after WeChat refused it to a send (40003). */
    @Update("UPDATE app_user SET openid_invalid_at = NULL WHERE id = #{id} AND openid_invalid_at IS NOT NULL")
    int clearInvalidOpenid(@Param("id") long id);

    /** Creates the owner row if this openid is new; concurrent first logins meet on the unique key. */
    @Insert("INSERT IGNORE INTO app_user (openid, unionid, roles, enabled, created_at, updated_at) "
            + "VALUES (#{openid}, #{unionid}, 'OWNER', 1, #{now}, #{now})")
    int insertOwnerIfAbsent(@Param("openid") String openid, @Param("unionid") String unionid,
                            @Param("now") LocalDateTime now);
}
