-- The service month's other event kinds (plan item 36, item 8): consultations and bank–government–business matchmaking.
INSERT INTO dictionary_item (dict_name, code, name, sort_order) VALUES
('event-kinds', 'CONSULTATION', '咨询服务', 6),
('event-kinds', 'FINANCE_MATCHING', '银政企对接会', 7);
