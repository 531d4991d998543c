-- Several counties in one deployment: every record belongs to a county by its administrative division code
-- (GB/T 2260). ${county} is the deployment's first county (app.counties, bound by common/CountyConfig): rows
-- written before this migration belong to it. Scoping is explicit in each query (docs/architecture.md, "Counties").

-- The divisions a deployment may serve, and the prefecture above them (prefecture staff act for its counties).
CREATE TABLE county (
    code        CHAR(6)     NOT NULL PRIMARY KEY,
    name        VARCHAR(40) NOT NULL,
    parent_code CHAR(6)     NULL,
    level       VARCHAR(16) NOT NULL,
    sort_order  INT         NOT NULL DEFAULT 0,
    CONSTRAINT ck_county_level CHECK (level IN ('PREFECTURE', 'COUNTY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO county (code, name, parent_code, level, sort_order) VALUES
('150800', '巴彦淖尔市', NULL, 'PREFECTURE', 0),
('150802', '临河区', '150800', 'COUNTY', 1),
('150821', '五原县', '150800', 'COUNTY', 2),
('150822', '磴口县', '150800', 'COUNTY', 3),
('150823', '乌拉特前旗', '150800', 'COUNTY', 4),
('150824', '乌拉特中旗', '150800', 'COUNTY', 5),
('150825', '乌拉特后旗', '150800', 'COUNTY', 6),
('150826', '杭锦后旗', '150800', 'COUNTY', 7);

-- Businesses and registry entries: the county they are registered or operate in (derived from the code's
-- characters 3-8, or what the registry import says). The USCC stays unique across counties: a business is one business.
ALTER TABLE business ADD COLUMN county CHAR(6) NULL AFTER uscc;
UPDATE business SET county = '${county}';
ALTER TABLE business MODIFY county CHAR(6) NOT NULL;
-- the staff list: WHERE county IN (…) AND status = ? AND township = ? … ORDER BY id DESC
CREATE INDEX ix_business_county ON business (county, status, township, kind, industry);

ALTER TABLE registry_entry ADD COLUMN county CHAR(6) NULL AFTER uscc;
UPDATE registry_entry SET county = '${county}';
ALTER TABLE registry_entry MODIFY county CHAR(6) NOT NULL;
CREATE INDEX ix_registry_entry_county ON registry_entry (county);

-- A staff account's division: a county, or the prefecture for prefecture staff. NULL for WeChat owners,
-- whose county is their business's.
ALTER TABLE app_user ADD COLUMN county CHAR(6) NULL AFTER department;
UPDATE app_user SET county = '${county}' WHERE username IS NOT NULL;
-- the staff list of one county ADMIN: WHERE county IN (…) ORDER BY id
CREATE INDEX ix_app_user_county ON app_user (county, id);

-- Notices: the author's division; push tasks: the division that started them; files: the uploader's division.
-- Written by notices from now on; push tasks and files get theirs with the next part (docs/architecture.md).
ALTER TABLE notice ADD COLUMN county CHAR(6) NULL AFTER id;
UPDATE notice SET county = '${county}';
CREATE INDEX ix_notice_county ON notice (county, status, published_at);

ALTER TABLE push_task ADD COLUMN county CHAR(6) NULL AFTER id;
UPDATE push_task SET county = '${county}';
CREATE INDEX ix_push_task_county ON push_task (county, status);

ALTER TABLE stored_file ADD COLUMN county CHAR(6) NULL AFTER id;
UPDATE stored_file SET county = '${county}';

-- The county whose record an audit entry is about (NULL: not county-scoped yet, e.g. notices until the next part).
ALTER TABLE audit_entry ADD COLUMN county CHAR(6) NULL AFTER subject_id;
UPDATE audit_entry a JOIN business b ON a.subject_kind = 'business' AND b.id = a.subject_id SET a.county = b.county;
UPDATE audit_entry a JOIN app_user u ON a.subject_kind = 'staff' AND u.id = a.subject_id SET a.county = u.county;
CREATE INDEX ix_audit_entry_county ON audit_entry (county, id);

-- Dictionary entries: NULL = the same in every county (industries, tags, …); townships are per county.
-- Codes stay unique within a dictionary across counties (the key is unchanged), so a code alone names a township.
ALTER TABLE dictionary_item ADD COLUMN county CHAR(6) NULL AFTER dict_name;
-- V1's townships are Dengkou's whatever the deployment; townships added by hand belong to the deployment's county.
UPDATE dictionary_item SET county = '150822'
 WHERE dict_name = 'townships' AND code IN ('BYGL', 'LSH', 'DK', 'BLNZ', 'SJTH', 'FARMS');
UPDATE dictionary_item SET county = '${county}' WHERE dict_name = 'townships' AND county IS NULL;
CREATE INDEX ix_dictionary_item_county ON dictionary_item (county, dict_name);

-- 杭锦后旗's towns (seeded whatever the deployment serves: a county not served is never listed).
INSERT INTO dictionary_item (dict_name, county, code, name, sort_order) VALUES
('townships', '150826', 'SHB', '陕坝镇', 1),
('townships', '150826', 'TDQ', '头道桥镇', 2),
('townships', '150826', 'EDQ', '二道桥镇', 3),
('townships', '150826', 'SDQ', '三道桥镇', 4),
('townships', '150826', 'MH', '蛮会镇', 5),
('townships', '150826', 'TJ', '团结镇', 6),
('townships', '150826', 'SM', '双庙镇', 7),
('townships', '150826', 'SHH', '沙海镇', 8);
