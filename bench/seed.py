#!/usr/bin/env python3
"""Fill a migrated Plex Invite SQLite database with a large, realistic history (benchmark scenario 3).

The packaged jar must have migrated the database first (start it once with DATABASE_PATH pointing at the
file, wait for /actuator/health/readiness, stop it). This script then adds, in one transaction:

  access profiles   5 besides the default (one with a 30-day access limit)
  invite links      40 (active, expired, revoked, used up, deleted), with redemptions in every status
  invite requests   --requests, over --years, more recent days denser, every status in plausible shares
                    (e-mail and username identifiers; the waiting ones are recent)
  people            --people, every state and origin, with history lines (person_event) giving their
                    access spans; some access ends within the warning window, some ended, a few failed
  audit entries     one per automatic share (INVITE_SHARED) and per owner decision, plus sign-ins
  batches           a few finished CSV batches

So that the background jobs leave the seeded history alone during a run, the people list counts as synced with
plex.tv just now, warnings of access ending soon count as sent, and failed removals retry only in 30 days.
Indexes and triggers of the big tables are set aside while the rows go in and built once at the end (with the
request tallies of V18), which is several times faster than keeping them up to date row by row.

It refuses a database that already holds more than a few rows (run it once per fresh database).
Only the Python 3 standard library is used.

Example:
  python3 bench/seed.py --database /tmp/bench.db --requests 1000000 --people 10000
"""

import argparse
import random
import sqlite3
import sys
import time

DAY = 86_400_000
HOUR = 3_600_000
MINUTE = 60_000

# (status, share) of requests older than a week; the waiting statuses only appear in the last days.
SETTLED = [("SENT", 62), ("ALREADY_SHARED", 6), ("FAILED", 11), ("DENIED", 9), ("CANCELLED", 4)]
WAITING = [("AWAITING_APPROVAL", 4), ("QUEUED", 2), ("SENDING", 1), ("WAITING_RETRY", 1)]
FINAL = {"SENT", "ALREADY_SHARED", "FAILED", "DENIED", "CANCELLED"}
FAILURES = ["UNKNOWN_USER", "RATE_LIMITED", "PLEX_ERROR", "SERVER_UNREACHABLE"]
LOCALES = [None, None, "en", "en-US", "de-DE", "fr-FR", "es-ES", "nl-NL", "it-IT", "pt-BR"]
DOMAINS = ["example.com", "mail.example.org", "example.net", "post.example.de"]
PROFILES = [("Family", True, None), ("Friends", False, None), ("Kids", False, None),
            ("Trial 30 days", False, 30), ("Music only", False, None)]
PERSON_STATES = [("ACCEPTED", 64), ("PENDING", 10), ("EXPIRED", 8), ("REVOKED", 10), ("GONE", 8)]
ORIGINS = [("REQUEST", 60), ("LINK", 30), ("BATCH", 5), ("IMPORTED", 5)]
REDEMPTION_STATUSES = [("ACCEPTED", 60), ("SHARED", 15), ("REQUESTED", 5), ("FAILED", 15), ("RESERVED", 5)]
END_EVENT = {"EXPIRED": "EXPIRED", "REVOKED": "REVOKED", "GONE": "MARKED_GONE"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", required=True, help="the SQLite file the packaged jar already migrated")
    parser.add_argument("--requests", type=int, default=1_000_000, help="invite requests to store (default 1000000)")
    parser.add_argument("--people", type=int, default=10_000, help="people with (or who had) access (default 10000)")
    parser.add_argument("--links", type=int, default=40, help="invite links (default 40)")
    parser.add_argument("--redemptions", type=int, default=50_000,
                        help="link redemptions, spread over the links (default 50000)")
    parser.add_argument("--years", type=float, default=3.0, help="how far back the history goes (default 3)")
    parser.add_argument("--now", type=int, default=None,
                        help="'now' as epoch milliseconds (default: the current time)")
    parser.add_argument("--random-seed", type=int, default=9, help="seed of the random numbers (default 9)")
    return parser.parse_args()


def weighted(rng, choices):
    names = [name for name, _ in choices]
    weights = [weight for _, weight in choices]
    return lambda: rng.choices(names, weights)[0]


def refuse_if_used(db):
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "invite_request" not in tables or "person" not in tables:
        sys.exit("The database is not migrated: start the packaged jar on it once first.")
    for table, most in (("invite_request", 10), ("person", 10), ("invite_link", 3), ("audit_entry", 100)):
        count = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if count > most:
            sys.exit(f"Refusing: {table} already has {count} rows; seed a freshly migrated database.")


class Seeder:

    def __init__(self, db, args):
        self.db = db
        self.args = args
        self.rng = random.Random(args.random_seed)
        self.now = args.now if args.now is not None else int(time.time() * 1000)
        self.span = int(args.years * 365 * DAY)
        self.audit = []

    def when(self):
        """A moment in the history, more recent ones more likely (density grows linearly towards now)."""
        return self.now - int(self.span * (1 - self.rng.random() ** 0.5))

    def identifier(self, n):
        if n % 3 == 0:
            return f"viewer{n}@{DOMAINS[n % len(DOMAINS)]}"
        return f"Viewer_{n}"

    def profiles(self):
        default = self.db.execute("SELECT id FROM access_profile WHERE is_default = TRUE").fetchone()[0]
        ids = [default]
        for name, everything, days in PROFILES:
            cursor = self.db.execute(
                "INSERT INTO access_profile (name, all_libraries, allow_sync, access_days, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (name, everything, name == "Family", days, self.now - self.span,
                                             self.now - self.span))
            ids.append(cursor.lastrowid)
            if not everything:
                self.db.executemany(
                    "INSERT INTO access_profile_library (profile_id, plex_tv_id, title) VALUES (?, ?, ?)",
                    [(cursor.lastrowid, 1000 + k, title) for k, title in enumerate(["Movies", "TV Shows", "Music"])])
        self.profile_ids = ids

    def links(self):
        rows = []
        for n in range(1, self.args.links + 1):
            created = self.when()
            kind = n % 5
            expires = created + 30 * DAY if kind == 1 else None
            revoked = created + 10 * DAY if kind == 2 and created + 10 * DAY < self.now else None
            deleted = created + 20 * DAY if n % 13 == 0 and created + 20 * DAY < self.now else None
            max_uses = 50 if kind == 3 else None
            rows.append((n, f"bench-link-{n:04d}-{self.rng.getrandbits(40):010x}", f"bench-link-{n:04d}", False,
                         f"Link {n}", None, None, expires, max_uses, 0, self.rng.choice(self.profile_ids),
                         n % 4 == 0, n % 3 == 0, None, 0, revoked, deleted, created, created))
        self.db.executemany(
            "INSERT INTO invite_link (id, code, code_key, custom_code, label, message, invitee_name, expires_at, "
            "max_uses, uses, profile_id, approval_required, allow_username, attempt_window_started_at, "
            "attempts_in_window, revoked_at, deleted_at, created_at, updated_at) "
            "VALUES (?, ?, lower(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row[:2] + (row[1],) + row[3:] for row in rows])
        self.link_rows = rows

    def requests(self):
        settled, waiting = weighted(self.rng, SETTLED), weighted(self.rng, WAITING)
        times = sorted(self.when() for _ in range(self.args.requests))
        rows, self.granted = [], []
        recent = self.now - 3 * DAY
        for n, created in enumerate(times, start=1):
            status = waiting() if created > recent and self.rng.random() < 0.3 else settled()
            # A refused or cancelled request may be for someone who asks again later under the same name.
            name = self.identifier(n if status not in ("FAILED", "DENIED", "CANCELLED") or n < 100
                                   else n - self.rng.randint(1, 99))
            updated = created + (self.rng.randint(2_000, 20 * MINUTE) if status in FINAL else 1_000)
            if status == "DENIED":
                updated += self.rng.randint(HOUR, 3 * DAY)
            updated = min(updated, self.now)
            reason = self.rng.choice(FAILURES) if status in ("FAILED", "WAITING_RETRY") else None
            profile = self.rng.choice(self.profile_ids) if status in ("SENT", "ALREADY_SHARED") else None
            link = self.rng.randint(1, self.args.links) if self.rng.random() < 0.1 else None
            ends = created + 30 * DAY if profile == self.profile_ids[4] else None
            rows.append((n, f"{self.rng.getrandbits(128):032x}", name, name.lower(), status,
                         1 if status in FINAL else 0, created + MINUTE if status == "WAITING_RETRY" else None,
                         reason, "Plex said no" if reason else None,
                         100_000 + n if status in ("SENT", "ALREADY_SHARED") else None,
                         "Not someone I know" if status == "DENIED" else None, created, updated, profile, link,
                         ends, self.rng.choice(LOCALES)))
            if status in ("SENT", "ALREADY_SHARED", "FAILED"):
                self.audit.append((updated, "invite pipeline", "JOB", "INVITE_SHARED", f"request #{n} ({name})",
                                   status != "FAILED", reason))
                if status != "FAILED":
                    self.granted.append((n, name, created, profile))
            elif status == "DENIED":
                self.audit.append((updated, "admin", "OWNER", "REQUEST_DENIED", f"request #{n} ({name})", True,
                                   None))
        self.db.executemany(
            "INSERT INTO invite_request (id, status_token, identifier, identifier_key, status, attempts, "
            "next_attempt_at, failure_reason, failure_detail, plex_share_id, deny_reason, created_at, updated_at, "
            "profile_id, link_id, access_ends_at, locale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)

    def redemptions(self):
        status_of = weighted(self.rng, REDEMPTION_STATUSES)
        rows, self.redeemed = [], []
        uses = {}
        for n in range(1, self.args.redemptions + 1):
            link = self.link_rows[self.rng.randrange(len(self.link_rows))]
            created = max(link[17], self.when())
            status = status_of()
            account = 5_000_000 + n
            request = self.rng.randint(1, self.args.requests) if status == "REQUESTED" and self.args.requests else None
            share = 900_000 + n if status in ("SHARED", "ACCEPTED") else None
            rows.append((n, link[0], f"plex:{account}", account, f"linkviewer{n}", f"linkviewer{n}@example.com",
                         link[10], status, share, request, None, "UNKNOWN_USER" if status == "FAILED" else None,
                         "Plex said no" if status == "FAILED" else None, created,
                         min(self.now, created + self.rng.randint(1_000, HOUR))))
            if status in ("SHARED", "ACCEPTED"):
                uses[link[0]] = uses.get(link[0], 0) + 1
                self.redeemed.append((n, account, f"linkviewer{n}", created, link[10], link[4]))
                self.audit.append((created, "invite link", "JOB", "LINK_SHARED", f"{link[4]} (linkviewer{n})", True,
                                   None))
        self.db.executemany(
            "INSERT INTO link_redemption (id, link_id, invitee_key, plex_account_id, username, email, profile_id, "
            "status, plex_share_id, request_id, access_ends_at, failure_reason, failure_detail, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        # A link with a use limit is used up: its limit is what it was used.
        self.db.executemany("UPDATE invite_link SET uses = ?, max_uses = CASE WHEN max_uses IS NULL THEN NULL ELSE ? END "
                            "WHERE id = ?", [(n, n, id) for id, n in uses.items()])

    def people(self):
        state_of, origin_of = weighted(self.rng, PERSON_STATES), weighted(self.rng, ORIGINS)
        granted = self.rng.sample(self.granted, min(len(self.granted), self.args.people))
        redeemed = self.rng.sample(self.redeemed, min(len(self.redeemed), self.args.people))
        rows, events = [], []
        for n in range(1, self.args.people + 1):
            state, origin = state_of(), origin_of()
            if origin == "LINK" and redeemed:
                ref, account, username, joined, profile, label = redeemed.pop()
                email = None
            elif origin in ("REQUEST", "BATCH") and granted:
                ref, name, joined, profile = granted.pop()
                username, email = (None, name) if "@" in name else (name, None)
                account = None if email and state == "PENDING" else 7_000_000 + n
                label = "viewers.csv" if origin == "BATCH" else None
            else:
                origin, ref, label, profile = "IMPORTED", None, None, self.rng.choice(self.profile_ids)
                account, username, email, joined = 8_000_000 + n, f"imported{n}", f"imported{n}@example.com", self.when()
            title = f"{username or email} Family" if n % 7 == 0 else None
            note = "Neighbour, ask before removing" if n % 50 == 0 else None
            ended = state in END_EVENT
            accepted = None
            if state == "ACCEPTED" or (ended and self.rng.random() < 0.8):
                accepted = min(self.now, joined + self.rng.randint(MINUTE, 5 * DAY))
            last = accepted or joined
            end = self.rng.randint(last, self.now) if ended else None
            ends, warned, retry, failure, attempts = None, None, None, None, 0
            if state == "EXPIRED":
                ends = end
            elif not ended and self.rng.random() < 0.2:
                pick = self.rng.random()
                if pick < 0.3:
                    ends = self.now + self.rng.randint(HOUR, 3 * DAY)
                    warned = self.now - HOUR
                elif pick < 0.33:
                    ends, failure, attempts = self.now - self.rng.randint(HOUR, 20 * DAY), "Plex could not be reached", 3
                    retry = self.now + 30 * DAY
                else:
                    ends = self.now + self.rng.randint(4 * DAY, 365 * DAY)
            kind = "IMPORTED" if origin == "IMPORTED" else "SHARED"
            events.append((n, joined, kind, "job invite pipeline", None))
            if accepted:
                events.append((n, accepted, "ACCEPTED", "job people sync", None))
            if ends and not ended:
                events.append((n, min(self.now, last + MINUTE), "EXPIRY_SET", "owner admin", None))
            if ended:
                events.append((n, end, END_EVENT[state], "owner admin" if state == "REVOKED" else "job expiry", None))
            if note:
                events.append((n, min(self.now, last + 2 * MINUTE), "NOTE_CHANGED", "owner admin", None))
            updated = max(end or 0, last, min(self.now, last + 2 * MINUTE) if note or (ends and not ended) else 0)
            keys = [k.lower() for k in (username, email, title, note) if k]
            display = (username or email or title or "").lower()
            rows.append((n, account, username, email, title, display, username.lower() if username else None,
                         email.lower() if email else None, " ".join(keys), state, origin, ref, label,
                         (600_000 + n) if not ended else None, profile, profile == self.profile_ids[1],
                         "" if profile == self.profile_ids[1] else "1000,1001", ends, warned, attempts, retry,
                         failure, "ACCEPTED" if state == "GONE" else None, note, joined,
                         self.now - self.rng.randint(0, 30 * DAY) if not ended else None, joined, updated,
                         self.rng.choice(LOCALES)))
        self.db.executemany(
            "INSERT INTO person (id, plex_account_id, username, email, title, name_key, username_key, email_key, "
            "search_key, state, origin, origin_ref, origin_label, plex_share_id, profile_id, all_libraries, "
            "library_ids, access_ends_at, expiry_warned_at, expiry_attempts, expiry_retry_at, expiry_failure, "
            "state_before_gone, note, joined_at, last_seen_at, created_at, updated_at, locale) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        events.sort(key=lambda event: (event[1], event[0]))
        self.db.executemany("INSERT INTO person_event (person_id, at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)",
                            events)
        for n, at, kind, actor, _ in events:
            if kind in ("REVOKED", "EXPIRED", "NOTE_CHANGED", "EXPIRY_SET"):
                action = {"REVOKED": "PERSON_REVOKED", "EXPIRED": "ACCESS_EXPIRED",
                          "NOTE_CHANGED": "PERSON_NOTE_CHANGED", "EXPIRY_SET": "PERSON_EXPIRY_CHANGED"}[kind]
                self.audit.append((at, actor.split(" ", 1)[1], actor.split(" ", 1)[0].upper(), action,
                                   f"person #{n}", True, None))
        self.db.execute("UPDATE people_sync SET last_attempt_at = ?, last_success_at = ?, last_outcome = 'COMPLETE', "
                        "listed = ? WHERE id = 1", (self.now, self.now, self.args.people))

    def batches(self):
        for n in range(1, 4):
            created = self.now - n * 90 * DAY
            cursor = self.db.execute(
                "INSERT INTO batch (state, file_name, created_by, created_at, started_at, ended_at) "
                "VALUES ('FINISHED', ?, 'admin', ?, ?, ?)", (f"viewers-{n}.csv", created, created + MINUTE,
                                                             created + HOUR))
            self.db.executemany(
                "INSERT INTO batch_row (batch_id, row_number, identifier, check_result, state, handed_at, settled_at) "
                "VALUES (?, ?, ?, 'OK', 'SENT', ?, ?)",
                [(cursor.lastrowid, row, f"batch{n}-{row}@example.com", created + MINUTE, created + 2 * MINUTE)
                 for row in range(1, 201)])
            self.audit.append((created + MINUTE, "admin", "OWNER", "BATCH_STARTED", f"viewers-{n}.csv", True, None))

    def sign_ins(self):
        day = self.now - self.span
        while day < self.now:
            self.audit.append((day + self.rng.randint(0, DAY), "admin", "OWNER", "SIGNED_IN", "admin", True, None))
            day += self.rng.randint(1, 3) * DAY

    def audit_log(self):
        self.audit.sort(key=lambda entry: entry[0])
        self.db.executemany(
            "INSERT INTO audit_entry (occurred_at, actor, actor_kind, action, target, search_key, succeeded, reason, "
            "client) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(at, actor, kind, action, target, (target + " " + (reason or "")).strip().lower(), ok, reason,
              "127.0.0.1" if kind == "OWNER" else None) for at, actor, kind, action, target, ok, reason in self.audit])


BULK_TABLES = ("invite_request", "audit_entry", "link_redemption", "person", "person_event")


def set_aside(db):
    """Indexes and triggers of the bulk tables, dropped while rows go in (built once at the end, much faster)."""
    saved = db.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
                       f"AND tbl_name IN ({', '.join('?' for _ in BULK_TABLES)})", BULK_TABLES).fetchall()
    for kind, name, _ in saved:
        db.execute(f"DROP {kind.upper()} {name}")
    return saved


def put_back(db, saved):
    for _, _, sql in saved:
        db.execute(sql)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "invite_request_day" in tables:
        # What the triggers would have counted (V18's own backfill).
        db.execute("DELETE FROM invite_request_day")
        db.execute("INSERT INTO invite_request_day (epoch_day, status, requests) SELECT created_at / 86400000, status, "
                   "count(*) FROM invite_request GROUP BY created_at / 86400000, status")
        db.execute("DELETE FROM invite_grant_day")
        db.execute("INSERT INTO invite_grant_day (epoch_day, granted) SELECT updated_at / 86400000, count(*) "
                   "FROM invite_request WHERE status IN ('SENT', 'ALREADY_SHARED') GROUP BY updated_at / 86400000")


def main():
    args = parse_args()
    started = time.monotonic()
    db = sqlite3.connect(args.database, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA cache_size = -131072")
    db.execute("PRAGMA temp_store = MEMORY")
    refuse_if_used(db)
    seeder = Seeder(db, args)
    db.execute("BEGIN IMMEDIATE")
    try:
        saved = set_aside(db)
        for step in ("profiles", "links", "requests", "redemptions", "people", "batches", "sign_ins", "audit_log"):
            getattr(seeder, step)()
            print(f"{step}: done at {time.monotonic() - started:.1f} s", file=sys.stderr)
        put_back(db, saved)
        print(f"indexes and tallies: done at {time.monotonic() - started:.1f} s", file=sys.stderr)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("invite_request", "person", "person_event", "invite_link", "link_redemption",
                            "audit_entry")}
    db.close()
    print(f"seeded {args.database} in {time.monotonic() - started:.1f} s: "
          + ", ".join(f"{table} {n}" for table, n in counts.items()))


if __name__ == "__main__":
    main()
