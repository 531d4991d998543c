-- The Chinese label of each dictionary, for GET /dictionaries (the list of dictionary names).
-- A dictionary added later gets its row here too (common/DictionariesTest checks that each has one).
CREATE TABLE dictionary (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    label      VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO dictionary (name, label, sort_order) VALUES
('townships', '乡镇（苏木）', 1),
('business-kinds', '主体类型', 2),
('industries', '行业门类', 3),
('business-tags', '经营主体标签', 4),
('taxpayer-types', '纳税人类型', 5),
('departments', '责任单位', 6),
('notice-categories', '政策分类', 7),
('event-kinds', '活动类型', 8),
('feedback-categories', '诉求分类', 9),
('job-types', '用工类型', 10);
