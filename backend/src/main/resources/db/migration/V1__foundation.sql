-- Foundation schema: dictionaries, users (owners and staff), registry extract and bound businesses.
-- All DATETIME columns hold Asia/Shanghai wall-clock time (the county's only time zone).

CREATE TABLE dictionary_item (
    dict_name  VARCHAR(40)  NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    enabled    TINYINT(1)   NOT NULL DEFAULT 1,
    PRIMARY KEY (dict_name, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    openid        VARCHAR(64)  NULL,
    unionid       VARCHAR(64)  NULL,
    username      VARCHAR(64)  NULL,
    password_hash VARCHAR(100) NULL,
    display_name  VARCHAR(50)  NULL,
    roles         VARCHAR(100) NOT NULL,
    department    VARCHAR(40)  NULL,
    phone         VARCHAR(20)  NULL,
    enabled       TINYINT(1)   NOT NULL DEFAULT 1,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_app_user_openid (openid),
    UNIQUE KEY uk_app_user_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The registry extract imported by staff (market regulation data); binding checks against it.
CREATE TABLE registry_entry (
    uscc          CHAR(18)     NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    operator_name VARCHAR(50)  NULL,
    kind          VARCHAR(40)  NOT NULL,
    industry      VARCHAR(40)  NULL,
    township      VARCHAR(40)  NULL,
    registered_on DATE         NULL,
    taxpayer_type VARCHAR(40)  NULL,
    imported_at   DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A business bound to its owner: one business, one owner.
CREATE TABLE business (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uscc          CHAR(18)     NOT NULL,
    name          VARCHAR(200) NOT NULL,
    operator_name VARCHAR(50)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    industry      VARCHAR(40)  NOT NULL,
    township      VARCHAR(40)  NOT NULL,
    registered_on DATE         NULL,
    taxpayer_type VARCHAR(40)  NULL,
    status        VARCHAR(16)  NOT NULL,
    owner_user_id BIGINT       NOT NULL,
    reviewed_by   BIGINT       NULL,
    reviewed_at   DATETIME(3)  NULL,
    review_note   VARCHAR(200) NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_business_uscc (uscc),
    UNIQUE KEY uk_business_owner (owner_user_id),
    KEY ix_business_filter (status, township, kind, industry),
    CONSTRAINT fk_business_owner FOREIGN KEY (owner_user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE business_tag (
    business_id BIGINT      NOT NULL,
    tag         VARCHAR(40) NOT NULL,
    PRIMARY KEY (business_id, tag),
    KEY ix_business_tag_tag (tag, business_id),
    CONSTRAINT fk_business_tag_business FOREIGN KEY (business_id) REFERENCES business (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO dictionary_item (dict_name, code, name, sort_order) VALUES
('townships', 'BYGL', '巴彦高勒镇', 1),
('townships', 'LSH', '隆盛合镇', 2),
('townships', 'DK', '渡口镇', 3),
('townships', 'BLNZ', '补隆淖镇', 4),
('townships', 'SJTH', '沙金套海苏木', 5),
('townships', 'FARMS', '国有农场', 6),

('business-kinds', 'INDIVIDUAL', '个体工商户', 1),
('business-kinds', 'ENTERPRISE', '小微企业', 2),

('industries', 'A', '农、林、牧、渔业', 1),
('industries', 'B', '采矿业', 2),
('industries', 'C', '制造业', 3),
('industries', 'D', '电力、热力、燃气及水生产和供应业', 4),
('industries', 'E', '建筑业', 5),
('industries', 'F', '批发和零售业', 6),
('industries', 'G', '交通运输、仓储和邮政业', 7),
('industries', 'H', '住宿和餐饮业', 8),
('industries', 'I', '信息传输、软件和信息技术服务业', 9),
('industries', 'J', '金融业', 10),
('industries', 'K', '房地产业', 11),
('industries', 'L', '租赁和商务服务业', 12),
('industries', 'M', '科学研究和技术服务业', 13),
('industries', 'N', '水利、环境和公共设施管理业', 14),
('industries', 'O', '居民服务、修理和其他服务业', 15),
('industries', 'P', '教育', 16),
('industries', 'Q', '卫生和社会工作', 17),
('industries', 'R', '文化、体育和娱乐业', 18),
('industries', 'S', '公共管理、社会保障和社会组织', 19),
('industries', 'T', '国际组织', 20),

('business-tags', 'SURVIVAL', '生存型', 1),
('business-tags', 'GROWTH', '成长型', 2),
('business-tags', 'DEVELOPMENT', '发展型', 3),
('business-tags', 'FAMOUS', '名特优新', 4),
('business-tags', 'IND_TO_ENT_POOL', '个转企培育库', 5),
('business-tags', 'SMALL_TO_SCALE_POOL', '小升规培育库', 6),
('business-tags', 'FOUR_NEW', '四新', 7),
('business-tags', 'SPECIALIZED', '专精特新', 8),

('departments', 'SAMR', '县市场监管局', 1),
('departments', 'FINANCE', '县财政局', 2),
('departments', 'TAX', '县税务局', 3),
('departments', 'FINOFFICE', '县金融办', 4),
('departments', 'HRSS', '县人社局', 5),
('departments', 'COMMERCE', '县商贸服务中心', 6),
('departments', 'AGRI', '县农牧和科技局', 7),
('departments', 'CULTURE', '县文旅广局', 8),
('departments', 'NDRC', '县发改委', 9),
('departments', 'HOUSING', '县住建局', 10),
('departments', 'INDUSTRY', '县工信局', 11),
('departments', 'GOVSERVICE', '县政务服务局', 12),
('departments', 'JUSTICE', '县司法局', 13),
('departments', 'STATS', '县统计局', 14),
('departments', 'ASSOCIATION', '县个私协会', 15),

('notice-categories', 'FISCAL_TAX', '财税支持', 1),
('notice-categories', 'FINANCE', '金融扶持', 2),
('notice-categories', 'EMPLOYMENT', '用工保障', 3),
('notice-categories', 'INNOVATION', '双创服务', 4),
('notice-categories', 'IND_TO_ENT', '个转企', 5),
('notice-categories', 'SMALL_TO_SCALE', '小升规', 6),
('notice-categories', 'FOUR_NEW', '四新主体', 7),
('notice-categories', 'AGRICULTURE', '现代农牧业', 8),
('notice-categories', 'TOURISM', '特色文旅', 9),
('notice-categories', 'MARKET_ENV', '市场环境', 10),
('notice-categories', 'COST_RELIEF', '经营成本减负', 11),
('notice-categories', 'QUALITY', '质量提升', 12),
('notice-categories', 'POLICY', '惠企政策', 13),
('notice-categories', 'PARTY', '党建引领', 14),
('notice-categories', 'LEGAL', '法律服务', 15),

('event-kinds', 'SERVICE_MONTH', '个体工商户服务月', 1),
('event-kinds', 'TRAINING', '培训讲座', 2),
('event-kinds', 'JOB_FAIR', '招聘会', 3),
('event-kinds', 'POLICY_BRIEFING', '政策宣讲', 4),
('event-kinds', 'VISIT', '走访调研', 5),

('feedback-categories', 'POLICY', '政策咨询', 1),
('feedback-categories', 'FINANCING', '融资需求', 2),
('feedback-categories', 'EMPLOYMENT', '用工需求', 3),
('feedback-categories', 'PERMIT', '证照办理', 4),
('feedback-categories', 'COMPLAINT', '投诉举报', 5),
('feedback-categories', 'HARDSHIP', '困难帮扶', 6),
('feedback-categories', 'SUGGESTION', '意见建议', 7),

('job-types', 'FULL_TIME', '全职', 1),
('job-types', 'PART_TIME', '兼职', 2),
('job-types', 'SEASONAL', '季节性用工', 3),
('job-types', 'INTERNSHIP', '实习', 4);

-- Taxpayer types, which notices may target (the plan singles out 一般纳税人).
INSERT INTO dictionary_item (dict_name, code, name, sort_order) VALUES
('taxpayer-types', 'GENERAL', '一般纳税人', 1),
('taxpayer-types', 'SMALL_SCALE', '小规模纳税人', 2);
