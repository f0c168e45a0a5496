-- Several owner accounts (issue 5). SQLite cannot drop the one-row CHECK (id = 1), so the table is rebuilt with
-- its rows. ADMIN_USERNAME / ADMIN_PASSWORD_HASH still win for their name. Instants are epoch milliseconds.
CREATE TABLE owner_account_v8 (
    id              INTEGER      NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    password_hash   VARCHAR(512) NOT NULL,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    last_sign_in_at BIGINT
);
INSERT INTO owner_account_v8 (id, username, password_hash, created_at, updated_at)
SELECT id, username, password_hash, created_at, updated_at FROM owner_account;
DROP TABLE owner_account;
ALTER TABLE owner_account_v8 RENAME TO owner_account;

-- An owner's TOTP (RFC 6238), keyed by name so the account from the environment can have one too. The secret is
-- AES-GCM under a key derived from SECRET_KEY (never plain); last_step is the last 30-second step used to sign in,
-- so a code is never accepted twice.
CREATE TABLE owner_totp (
    username          VARCHAR(100)  NOT NULL PRIMARY KEY,
    secret_ciphertext VARCHAR(512)  NOT NULL,
    last_step         BIGINT        NOT NULL,
    enabled_at        BIGINT        NOT NULL
);

-- Single-use recovery codes, hashed like passwords (argon2id); used_at is set when one signs in.
CREATE TABLE owner_recovery_code (
    id        INTEGER      NOT NULL PRIMARY KEY,
    username  VARCHAR(100) NOT NULL,
    code_hash VARCHAR(512) NOT NULL,
    used_at   BIGINT
);
CREATE INDEX owner_recovery_code_username ON owner_recovery_code (username);
