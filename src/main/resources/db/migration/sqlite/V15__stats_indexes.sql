-- The statistics page (app.plexinvite.stats). Requests per UTC day and by outcome are counted from the index
-- alone (no table rows read, which matters at a million requests); invites per day by the time of their outcome;
-- link redemptions and acceptances over a range of days.
CREATE INDEX invite_request_created_status ON invite_request (created_at, status);
CREATE INDEX invite_request_outcome_at ON invite_request (status, updated_at);
CREATE INDEX link_redemption_created ON link_redemption (created_at);
CREATE INDEX person_event_kind ON person_event (kind, person_id, at);
