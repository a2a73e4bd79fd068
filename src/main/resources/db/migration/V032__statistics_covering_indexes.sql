-- Statistics (#15): the all-teams figures read only a covering index. The lead times' three times after the
-- contact are on the contact paths' time index (the contacts and the lead times each one index-only pass); the
-- age at the opening is on the open cases' index (the clients' table and mean age in one index-only pass); the
-- client's index carries what the network figure reads, so its grouping by client streams in index order.
ALTER TABLE stat_path
    DROP INDEX stat_path_time,
    ADD INDEX stat_path_time (contact_at, team_code, source, accepted_at, first_answer_at, first_meeting_at, plan_at);
ALTER TABLE stat_case
    DROP INDEX stat_case_open,
    ADD INDEX stat_case_open (opened_at, closed_at, earlier_open_until, team_code, age_band, sex, unemployment, age,
        client_key, network_mask),
    DROP INDEX stat_case_client,
    ADD INDEX stat_case_client (client_key, opened_at, closed_at, team_code, network_mask);
