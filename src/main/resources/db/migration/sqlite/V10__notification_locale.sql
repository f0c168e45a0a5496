-- The invitee's language for notifications (app.plexinvite.invite, links, users): a BCP 47 tag such as de-DE,
-- taken from the page they used (Accept-Language), at most 35 characters; null when not known.
ALTER TABLE invite_request ADD COLUMN locale VARCHAR(35);
ALTER TABLE link_redemption ADD COLUMN locale VARCHAR(35);
ALTER TABLE person ADD COLUMN locale VARCHAR(35);
