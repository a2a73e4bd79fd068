-- The clients' mean age (issue #15: North Savo reported it): the client's age in whole years at the opening of a
-- case, kept on that event and on the case (derived from it). An age alone names nobody; the figures show a mean
-- only over five or more clients. Events recorded before this have none, and a rebuild cannot recover it.
ALTER TABLE stat_event ADD COLUMN age TINYINT UNSIGNED NULL AFTER age_band;
ALTER TABLE stat_case ADD COLUMN age TINYINT UNSIGNED NULL AFTER age_band;
