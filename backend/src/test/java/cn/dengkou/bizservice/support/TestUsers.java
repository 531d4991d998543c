package cn.dengkou.bizservice.support;

import cn.dengkou.bizservice.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Logs people in through the real endpoints: owners via wx-login on the simulator, staff via ADMIN. */
public class TestUsers {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final String STAFF_PASSWORD = "staff-password-123";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    private Api api;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PasswordEncoder encoder;

    public String adminToken() {
        return staffLogin(ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    public String staffLogin(String username, String password) {
        Api.Response r = api.post("/api/v1/auth/staff-login", null, Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("staff login failed: " + r.status() + " " + r.body());
        }
        return r.json().get("token").asText();
    }

    /** Creates a fresh staff account with the role (and department for DEPARTMENT) and logs it in. */
    public String staffToken(Role role, String department) {
        String username = "staff" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        var body = new java.util.HashMap<String, Object>();
        body.put("username", username);
        body.put("password", STAFF_PASSWORD);
        body.put("displayName", "测试" + role.name());
        body.put("roles", java.util.List.of(role.name()));
        body.put("department", department);
        Api.Response r = api.post("/api/v1/admin/staff", adminToken(), body);
        if (r.status() != 201) {
            throw new IllegalStateException("staff creation failed: " + r.status() + " " + r.body());
        }
        return staffLogin(username, STAFF_PASSWORD);
    }

    /** The display name of county staff written by {@link #staffInCounty}, which {@link #disableCountyStaff} finds. */
    public static final String COUNTY_STAFF_NAME = "区县测试";

    /**
     * A fresh staff account of this division (a county, or 150800 for the prefecture) with these roles, written
     * straight into the table and logged in: a {@link TwoCountyDeployment} has no bootstrap ADMIN to create it.
     * Call {@link #disableCountyStaff} after each test: an enabled ADMIN of 150822 left in the shared database would
     * keep a single-county context started later from creating its bootstrap ADMIN.
     */
    public String staffInCounty(String county, Role... roles) {
        return staffInCounty(county, null, roles);
    }

    /** {@link #staffInCounty(String, Role...)} of a department (DEPARTMENT staff). */
    public String staffInCounty(String county, String department, Role... roles) {
        String username = "staff" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, roles, department, county, enabled,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", username, encoder.encode(STAFF_PASSWORD),
                COUNTY_STAFF_NAME, Arrays.stream(roles).map(Role::name).sorted().collect(Collectors.joining(",")),
                department, county, now, now);
        return staffLogin(username, STAFF_PASSWORD);
    }

    /** Disables every account named {@link #COUNTY_STAFF_NAME} (written here or through the API by county tests). */
    public void disableCountyStaff() {
        jdbc.update("UPDATE app_user SET enabled = 0 WHERE display_name = ? AND enabled = 1", COUNTY_STAFF_NAME);
    }

    public String staffToken(Role role) {
        return staffToken(role, role == Role.DEPARTMENT ? "TAX" : null);
    }

    /** A new owner (a fresh WeChat user) logged in through wx-login against the simulator. */
    public String newOwnerToken() {
        return ownerToken("dev-test-" + System.nanoTime() + "-" + SEQ.incrementAndGet());
    }

    /** The owner behind a {@code dev-…} code; the same code is the same WeChat user every time. */
    public String ownerToken(String code) {
        Api.Response r = api.post("/api/v1/auth/wx-login", null, Map.of("code", code));
        if (r.status() != 200) {
            throw new IllegalStateException("wx-login failed: " + r.status() + " " + r.body());
        }
        return r.json().get("token").asText();
    }
}
