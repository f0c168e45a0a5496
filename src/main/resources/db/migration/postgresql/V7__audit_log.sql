-- The owner's audit log (app.plexinvite.audit): every owner action and every automatic action on Plex.
-- Instants are epoch milliseconds (BIGINT). Never holds a secret: AuditLog masks tokens, passwords and codes first.
CREATE TABLE audit_entry (
    id          BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at BIGINT        NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_kind  VARCHAR(16)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target      VARCHAR(500)  NOT NULL,
    search_key  TEXT          NOT NULL,
    succeeded   BOOLEAN       NOT NULL,
    reason      VARCHAR(500),
    client      VARCHAR(64),
    user_agent  VARCHAR(300)
);

-- Newest first, optionally one action or one actor, paged by id.
CREATE INDEX audit_entry_action ON audit_entry (action, id);
CREATE INDEX audit_entry_actor ON audit_entry (actor, id);
CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at);
