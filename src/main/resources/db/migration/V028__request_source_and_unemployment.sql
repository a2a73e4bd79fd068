-- Issue #15's producers. The kind of organisation a professional's referral or consultation comes from
-- (referral.SourceOrganisation; the organisation's name stays free text in `organisation`). Rows made before
-- this migration get OTHER: nothing is derived from the free-text name, which says too little to tell reliably.
ALTER TABLE professional_request ADD COLUMN source_organisation VARCHAR(32) NOT NULL DEFAULT 'OTHER' AFTER kind;
ALTER TABLE professional_request ALTER COLUMN source_organisation DROP DEFAULT;

-- How long the client has been unemployed at the start of the case (casework.UnemploymentDuration), recorded
-- or corrected by the coordinator; NULL until recorded.
ALTER TABLE client_case ADD COLUMN unemployment VARCHAR(32) NULL AFTER service_need;
