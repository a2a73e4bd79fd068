-- The worklist's order as an indexed column (referral module): 0 when it is the team's turn (NEW,
-- WAITING_FOR_TEAM), 1 for the other open states, 2 once finished. Ordering by (worklist_rank, due_at, id)
-- reads the first page's rows straight from the index instead of sorting every open request for each page.
ALTER TABLE contact_request
    ADD COLUMN worklist_rank INT AS (CASE WHEN status IN ('NEW', 'WAITING_FOR_TEAM') THEN 0
        WHEN status IN ('WAITING_FOR_RESIDENT', 'IN_CONTACT') THEN 1 ELSE 2 END) STORED,
    ADD INDEX contact_request_worklist_order (worklist_rank, due_at, id);
