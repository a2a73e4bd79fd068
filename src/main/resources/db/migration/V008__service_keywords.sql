-- Keywords of a service in the words residents use ("asunnoton", "rahat loppuu"), comma separated in each
-- language: searched with a boost, not shown. Imported from PTV's keywords and editable.
ALTER TABLE service
    ADD COLUMN keywords_fi TEXT NULL,
    ADD COLUMN keywords_sv TEXT NULL,
    ADD COLUMN keywords_en TEXT NULL;
