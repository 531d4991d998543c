package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

record StaffRequest(
        @NotBlank(message = "不能为空") @Pattern(regexp = "[A-Za-z0-9_.-]{3,32}", message = "须为 3-32 位字母、数字或 _.-")
        String username,
        @NotBlank(message = "不能为空") @Size(min = 10, max = 72, message = "长度须为 10-72 位") String password,
        @NotBlank(message = "不能为空") @Size(max = 50, message = "不能超过 50 字") String displayName,
        @NotEmpty(message = "至少指定一个角色") Set<Role> roles,
        String department,
        /** the account's division: a served county, or the prefecture; default the creating ADMIN's county */
        String county) {
}
