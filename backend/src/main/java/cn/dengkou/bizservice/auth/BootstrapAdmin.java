package cn.dengkou.bizservice.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first ADMIN from {@code app.bootstrap.*} at start-up when no ADMIN exists. */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final StaffAccounts staff;
    private final String username;
    private final String password;

    BootstrapAdmin(StaffAccounts staff,
                   @Value("${app.bootstrap.admin-username:}") String username,
                   @Value("${app.bootstrap.admin-password:}") String password) {
        this.staff = staff;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (password.length() < 10) {
            throw new IllegalStateException("app.bootstrap.admin-password must be at least 10 characters");
        }
        if (staff.bootstrapAdmin(username, password)) {
            log.info("bootstrap ADMIN account '{}' created", username);
        }
    }
}
