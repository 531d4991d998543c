package cn.dengkou.bizservice.common;

/**
 * The role rules, as {@code @PreAuthorize} expressions. Every controller method carries one
 * (a test fails on any endpoint without it), so who may call what is read next to the endpoint.
 */
public final class Access {

    /** Guests included: dictionaries, templates, published notices, open jobs and events. */
    public static final String PUBLIC = "permitAll()";
    /** Any logged-in user, owner or staff (logout, /me). */
    public static final String AUTHENTICATED = "isAuthenticated()";
    /** A WeChat user acting for themselves. */
    public static final String OWNER = "hasRole('OWNER')";
    public static final String ADMIN = "hasRole('ADMIN')";
    /** Businesses: registry import, verify, tags, lists. */
    public static final String BUSINESS_STAFF = "hasAnyRole('ADMIN','ASSOCIATION')";
    public static final String NOTICE_STAFF = "hasAnyRole('ADMIN','ASSOCIATION','DEPARTMENT')";
    public static final String JOB_STAFF = "hasAnyRole('ADMIN','HR')";
    public static final String EVENT_STAFF = "hasAnyRole('ADMIN','ASSOCIATION','HR')";
    public static final String FEEDBACK_STAFF = "hasAnyRole('ADMIN','ASSOCIATION','DEPARTMENT')";
    public static final String ANY_STAFF = "hasAnyRole('ADMIN','ASSOCIATION','HR','DEPARTMENT')";

    private Access() {
    }
}
