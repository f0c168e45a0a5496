-- The invitee's onboarding guide after joining (app.plexinvite.onboarding). Until the owner edits the
-- steps, the built-in ones (from messages.properties) are shown; the first edit copies them here.
-- Instants are epoch milliseconds (BIGINT).
CREATE TABLE onboarding_step (
    id         BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position   INTEGER      NOT NULL,
    title      VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    updated_at BIGINT       NOT NULL
);

CREATE INDEX onboarding_step_position ON onboarding_step (position);

-- One row: whether the steps were edited (then an empty list means "no steps"), and the rules the
-- invitee accepts before signing in (null text: the built-in rules).
CREATE TABLE onboarding_setting (
    id               INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    steps_customized BOOLEAN NOT NULL,
    rules_enabled    BOOLEAN NOT NULL,
    rules_text       TEXT,
    updated_at       BIGINT  NOT NULL
);
