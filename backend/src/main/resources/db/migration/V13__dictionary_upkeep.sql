-- ADMIN's dictionary upkeep (issue 10): entries are renamed and disabled, never deleted, so records keep their codes.
-- A numeric id names an entry in the audit trail and in /admin/dictionaries/entries/{id}; the key stays (dict_name, code),
-- so a code is unique within its dictionary across counties and, never deleted, never reused.
ALTER TABLE dictionary_item
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT FIRST,
    ADD UNIQUE KEY uk_dictionary_item_id (id);

-- Whether a dictionary's entries belong to one county each (townships) or are shared by every county (county NULL).
ALTER TABLE dictionary ADD COLUMN per_county TINYINT(1) NOT NULL DEFAULT 0;
UPDATE dictionary SET per_county = 1 WHERE name = 'townships';
