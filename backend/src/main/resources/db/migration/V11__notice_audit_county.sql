-- Notice audit entries belong to the notice's county (issue 10 part B), as business and staff entries do since V10:
-- a county ADMIN's audit list then shows its own county's notices only.
UPDATE audit_entry a JOIN notice n ON a.subject_kind = 'notice' AND n.id = a.subject_id SET a.county = n.county;
