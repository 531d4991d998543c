package cn.dengkou.bizservice.common;

import org.springframework.http.HttpStatus;

/**
 * Every stable error code the API returns, with its HTTP status and the Chinese text a user reads.
 * The table in miniprogram-api-docs/error-codes.md must list each one (a test checks).
 */
public enum ErrorCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "请求参数有误"),
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "请求的资源不存在"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持该内容类型"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "请求内容过大"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "请先登录"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "没有权限执行此操作"),
    IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST, "Idempotency-Key 格式有误"),
    IDEMPOTENCY_IN_PROGRESS(HttpStatus.CONFLICT, "相同的请求正在处理中，请稍后重试"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后重试"),

    WX_CODE_INVALID(HttpStatus.UNAUTHORIZED, "微信登录凭证无效或已过期，请重新登录"),
    WECHAT_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "微信服务暂时不可用，请稍后重试"),
    WX_USER_BLOCKED(HttpStatus.FORBIDDEN, "微信判定当前账号存在安全风险，暂时无法登录，请在微信中完成安全验证后重试"),
    BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "用户名或密码错误"),
    ACCOUNT_LOCKED(HttpStatus.TOO_MANY_REQUESTS, "登录失败次数过多，请稍后再试"),
    ACCOUNT_DISABLED(HttpStatus.FORBIDDEN, "账号已停用"),
    USERNAME_TAKEN(HttpStatus.CONFLICT, "用户名已存在"),
    COUNTY_FORBIDDEN(HttpStatus.FORBIDDEN, "不能管理其他区县（旗）的账号"),
    COUNTY_REQUIRED(HttpStatus.BAD_REQUEST, "请选择所在区县（旗）"),
    PHONE_CODE_INVALID(HttpStatus.BAD_REQUEST, "手机号授权凭证无效或已过期"),

    DICTIONARY_NOT_FOUND(HttpStatus.NOT_FOUND, "字典不存在"),
    DICTIONARY_ENTRY_NOT_FOUND(HttpStatus.NOT_FOUND, "字典条目不存在"),
    DICTIONARY_CODE_TAKEN(HttpStatus.CONFLICT, "该代码已被使用"),
    DICTIONARY_NAME_TAKEN(HttpStatus.CONFLICT, "该名称已被其他条目使用"),
    USCC_INVALID(HttpStatus.BAD_REQUEST, "统一社会信用代码校验失败"),
    BUSINESS_ALREADY_BOUND(HttpStatus.CONFLICT, "该经营主体已被其他用户绑定"),
    USER_ALREADY_BOUND(HttpStatus.CONFLICT, "您已绑定其他经营主体"),
    BUSINESS_NOT_FOUND(HttpStatus.NOT_FOUND, "经营主体不存在"),
    BUSINESS_STATE_CONFLICT(HttpStatus.CONFLICT, "经营主体当前状态不允许此操作"),
    IMPORT_FILE_INVALID(HttpStatus.BAD_REQUEST, "导入文件无法读取"),

    NOTICE_NOT_FOUND(HttpStatus.NOT_FOUND, "公告不存在"),
    NOTICE_STATE_CONFLICT(HttpStatus.CONFLICT, "公告当前状态不允许此操作"),
    NOTICE_APPROVAL_REQUIRED(HttpStatus.CONFLICT, "推送人数超过审核门槛，须由另一名工作人员审核通过后才能发布"),
    NOTICE_SELF_APPROVAL(HttpStatus.FORBIDDEN, "不能审核自己起草或修改过的公告"),
    NOTICE_DEPARTMENT_FORBIDDEN(HttpStatus.FORBIDDEN, "部门工作人员只能管理本部门的公告"),
    UPLOAD_TYPE_NOT_ALLOWED(HttpStatus.BAD_REQUEST, "只能上传 PDF、Word、Excel、JPG 或 PNG 文件"),
    FILE_NOT_FOUND(HttpStatus.NOT_FOUND, "文件不存在"),

    JOB_NOT_FOUND(HttpStatus.NOT_FOUND, "岗位不存在或已下线"),
    JOB_STATE_CONFLICT(HttpStatus.CONFLICT, "岗位当前状态不允许此操作"),
    HIRING_NEED_NOT_FOUND(HttpStatus.NOT_FOUND, "用工需求不存在"),
    HIRING_NEED_STATE_CONFLICT(HttpStatus.CONFLICT, "用工需求当前状态不允许此操作"),
    HIRING_NEED_BUSINESS_REQUIRED(HttpStatus.FORBIDDEN, "请先绑定经营主体并通过认证后再登记用工需求"),
    EVENT_NOT_FOUND(HttpStatus.NOT_FOUND, "活动不存在"),
    EVENT_STATE_CONFLICT(HttpStatus.CONFLICT, "活动当前状态不允许此操作"),
    EVENT_APPROVAL_REQUIRED(HttpStatus.CONFLICT, "邀请推送人数超过审核门槛，须由另一名工作人员审核通过后才能发布"),
    EVENT_SELF_APPROVAL(HttpStatus.FORBIDDEN, "不能审核自己创建或修改过的活动"),
    EVENT_MANAGER_FORBIDDEN(HttpStatus.FORBIDDEN, "人社局工作人员只能管理本局组织的活动"),
    EVENT_AUDIENCE_FORBIDDEN(HttpStatus.FORBIDDEN, "您不在本活动的报名范围内"),
    ALREADY_REGISTERED(HttpStatus.CONFLICT, "您已报名本活动"),
    REGISTRATION_CLOSED(HttpStatus.CONFLICT, "本活动当前不接受报名"),
    REGISTRATION_NOT_FOUND(HttpStatus.NOT_FOUND, "报名记录不存在"),
    CHECK_IN_CODE_INVALID(HttpStatus.BAD_REQUEST, "签到码无效"),
    CHECK_IN_CODE_WRONG_EVENT(HttpStatus.BAD_REQUEST, "该签到码不属于本活动"),
    ALREADY_CHECKED_IN(HttpStatus.CONFLICT, "该报名已签到，签到码不能重复使用"),
    CONTENT_RISKY(HttpStatus.BAD_REQUEST, "内容未通过微信安全检测，请修改后再提交"),
    FEEDBACK_NOT_FOUND(HttpStatus.NOT_FOUND, "诉求不存在"),
    FEEDBACK_STATE_CONFLICT(HttpStatus.CONFLICT, "诉求当前状态不允许此操作"),
    FEEDBACK_DEPARTMENT_FORBIDDEN(HttpStatus.FORBIDDEN, "部门工作人员只能办理本部门的诉求"),
    FEEDBACK_RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "今日提交次数已达上限，请明天再试"),
    FEEDBACK_ALREADY_RATED(HttpStatus.CONFLICT, "该诉求已评价过"),
    FEEDBACK_REOPEN_EXPIRED(HttpStatus.CONFLICT, "已超过可重新打开诉求的期限"),
    CONSULTATION_NOT_FOUND(HttpStatus.NOT_FOUND, "征求意见不存在"),
    CONSULTATION_CLOSED(HttpStatus.CONFLICT, "征求意见已截止"),
    JOB_SEEKER_NOT_FOUND(HttpStatus.NOT_FOUND, "求职登记不存在"),
    JOB_ALERT_NOT_FOUND(HttpStatus.NOT_FOUND, "尚未订阅岗位提醒");

    private final HttpStatus status;
    private final String defaultDetail;

    ErrorCode(HttpStatus status, String defaultDetail) {
        this.status = status;
        this.defaultDetail = defaultDetail;
    }

    public HttpStatus status() {
        return status;
    }

    public String defaultDetail() {
        return defaultDetail;
    }
}
