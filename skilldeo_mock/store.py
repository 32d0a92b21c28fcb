"""The state: one SQLite database (in memory, or a file with --db) and reset() to the seed."""

from __future__ import annotations

import fcntl
import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from skilldeo_mock.contract import normal
from skilldeo_mock.seed import SeedData

SCHEMA_VERSION = "1"
FIRST_FRESH_ID = 1_000_000  # ids of generated answers start here, far above the seed's

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, org_type_id INTEGER);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, email TEXT NOT NULL UNIQUE,
    details TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS agents (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL,
    skill TEXT, location TEXT, job_expiry_date TEXT, start_date TEXT, end_date TEXT,
    link TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agents_org ON agents (org_id, id);
CREATE TABLE IF NOT EXISTS interviews (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, agent_id INTEGER NOT NULL,
    candidate_email TEXT NOT NULL, email_key TEXT NOT NULL, status TEXT NOT NULL,
    overall_decision TEXT, scores TEXT, invited_from TEXT);
CREATE INDEX IF NOT EXISTS interviews_org ON interviews (org_id, id);
CREATE INDEX IF NOT EXISTS interviews_agent ON interviews (agent_id, email_key);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY, email TEXT NOT NULL, purpose TEXT NOT NULL, code TEXT,
    created_at REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, used INTEGER NOT NULL DEFAULT 0,
    details TEXT NOT NULL);
DROP TABLE IF EXISTS outbox;
CREATE TABLE IF NOT EXISTS faults (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, status INTEGER NOT NULL, remaining INTEGER NOT NULL,
    retry_after INTEGER NOT NULL, operation TEXT);
CREATE TABLE IF NOT EXISTS limits (
    key TEXT PRIMARY KEY, until REAL NOT NULL, hits INTEGER NOT NULL);
"""

_MAX_CACHED = 100_000  # users per worker whose organisation is remembered
_DATA_TABLES = ("orgs", "users", "agents", "interviews", "sessions", "faults", "limits")
# How long a writer waits for another worker's transaction before giving up (SQLite's lock).
BUSY_TIMEOUT_MS = 10_000


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat().replace("+00:00", "Z")


def _fold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def _org_row(org: dict[str, Any]) -> tuple[Any, ...]:
    """A seed organisation as a row of `orgs`."""
    return (org["id"], org["name"], org.get("org_type_id"))


def _user_row(user: dict[str, Any]) -> tuple[Any, ...]:
    """A seed user as a row of `users`: the address folded to find it, the whole record as JSON."""
    return (user["id"], user["org_id"], user["email"].casefold(), orjson.dumps(user).decode())


def _agent_row(agent: dict[str, Any]) -> tuple[Any, ...]:
    """A seed agent as a row of `agents`."""
    return (
        agent["id"],
        agent["org_id"],
        agent["name"],
        agent["status"],
        agent.get("skill"),
        agent.get("location"),
        agent.get("job_expiry_date"),
        agent.get("start_date"),
        agent.get("end_date"),
        agent["link"],
    )


def _interview_row(interview: dict[str, Any]) -> tuple[Any, ...]:
    """A seed interview as a row of `interviews`: the address also folded, the scores as JSON,
    no invited_from."""
    return (
        interview["id"],
        interview["org_id"],
        interview["agent_id"],
        interview["candidate_email"],
        interview["candidate_email"].casefold(),
        interview["status"],
        interview.get("overall_decision"),
        orjson.dumps(interview["scores"]).decode() if "scores" in interview else None,
        None,
    )


@dataclass(frozen=True)
class Control:
    """What the control routes set, kept in the store so that every worker sees it: the clock's
    offset, the defects switched on, how many queued faults wait, and the reset epoch (a reset
    rotates the signing key and empties every cache)."""

    offset: float = 0.0
    defects: tuple[str, ...] = ()
    faults: int = 0
    epoch: int = 0


class Store:
    """Every record the mock keeps; methods are small SQL statements, one job each.

    Workers (`--workers N`) each open the same file in WAL mode: everything they must agree on
    (records, sessions, outbox, rate-limit counters, queued faults, the control record, the
    signing key) lives here, and nothing a worker caches outlives a change of the reset epoch.
    """

    def __init__(self, path: Path | None, seed: SeedData, durable: bool = True) -> None:
        self.seed = seed
        self.db = sqlite3.connect(
            str(path) if path else ":memory:",
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        self.db.row_factory = sqlite3.Row
        self.db.create_function("fold", 1, _fold, deterministic=True)
        self._lock: int | None = None
        if path:
            self.db.execute("PRAGMA journal_mode=WAL")
            # A --db file survives a crash of the mock (NORMAL); the workers' temporary file
            # dies with it, so it never waits for the disk.
            self.db.execute(f"PRAGMA synchronous={'NORMAL' if durable else 'OFF'}")
            # Writers of the same file take this lock first: a waiting worker wakes the moment
            # it is free, where SQLite's own busy wait sleeps 1 ms and more between polls.
            self._lock = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        self.db.executescript(_SCHEMA)
        self._memory = path is None
        self._control_text: str | None = None
        self._control = Control()
        self._user_orgs: dict[int, int] = {}
        self._users: dict[str, dict[str, int]] = {}
        self.columns = {
            table: frozenset(row[1] for row in self.db.execute(f"PRAGMA table_info({table})"))
            for table in ("agents", "interviews")
        }
        self._spelled = {t: {normal(c): c for c in names} for t, names in self.columns.items()}
        self._selects: dict[tuple[str, ...], str] = {}
        if self.meta("schema_version") is None:
            self.reset()
            self.set_meta("schema_version", SCHEMA_VERSION)

    # meta -------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def secret(self) -> str:
        """The token-signing key: kept, so tokens outlive a restart; a reset makes a new one."""
        value = self.meta("jwt_secret")
        if value is None:
            value = secrets.token_urlsafe(32)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('jwt_secret', ?)", (value,))
            value = self.meta("jwt_secret") or value
        return value

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so that workers queue for it."""
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_EX)
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        finally:
            if self._lock is not None:
                fcntl.flock(self._lock, fcntl.LOCK_UN)

    # the control record -----------------------------------------------------------------
    def control(self) -> Control:
        """The control record as stored now (one small read; parsed only when it changed). An
        in-memory store has no other writer: it reads again only after its own change."""
        if self._memory and self._control_text is not None:
            return self._control
        row = self.db.execute("SELECT value FROM meta WHERE key = 'control'").fetchone()
        text = None if row is None else str(row[0])
        if text != self._control_text:
            self._control_text = text
            data = orjson.loads(text) if text else {}
            data["defects"] = tuple(data.get("defects", ()))
            self._control = Control(**data)
            self._user_orgs.clear()
            self._users.clear()
        return self._control

    def _write_control(self, control: Control) -> Control:
        self.set_meta("control", orjson.dumps(asdict(control)).decode())
        self._control_text = None  # read it again next time
        return control

    def change_control(self, **changes: object) -> Control:
        """Change fields of the control record, atomically for every worker."""
        with self.transaction():
            self._control_text = None
            return self._write_control(replace(self.control(), **changes))  # type: ignore[arg-type]

    def fresh_id(self) -> int:
        """An id no generated answer had before: a counter in `meta`, which reset() keeps."""
        row = self.db.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'fresh_id' "
            "RETURNING value"
        ).fetchone()
        if row is not None:
            return int(row[0])
        self.set_meta("fresh_id", str(FIRST_FRESH_ID))
        return FIRST_FRESH_ID

    def start(self, defects: Sequence[str]) -> None:
        """A new run over the kept records: no queued faults, the clock at now, these defects on."""
        with self.transaction():
            self.db.execute("DELETE FROM faults")
            control = replace(self.control(), offset=0.0, defects=tuple(defects), faults=0)
            self._write_control(control)

    def reset(self, defects: Sequence[str] = ()) -> None:
        """Drop every record and load the seed again; a new signing key and a new epoch, the clock
        back to now, no queued faults, exactly `defects` switched on."""
        s = self.seed
        with self.transaction():
            epoch = self.control().epoch + 1
            self._write_control(Control(defects=tuple(defects), epoch=epoch))
            self.set_meta("jwt_secret", secrets.token_urlsafe(32))
            for table in _DATA_TABLES:
                self.db.execute(f"DELETE FROM {table}")
            self.db.execute("DELETE FROM sqlite_sequence WHERE name = 'faults'")
            self.db.executemany("INSERT INTO orgs VALUES (?, ?, ?)", [_org_row(o) for o in s.orgs])
            self.db.executemany(
                "INSERT INTO users VALUES (?, ?, ?, ?)", [_user_row(u) for u in s.users]
            )
            self.db.executemany(
                "INSERT INTO agents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_agent_row(a) for a in s.agents],
            )
            self.db.executemany(
                "INSERT INTO interviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_interview_row(i) for i in s.interviews],
            )

    # users and sessions -----------------------------------------------------------------
    def user_by_email(self, email: str) -> dict[str, int] | None:
        """The `id` and `org_id` of the user with this address (any case); kept per worker like
        `user_org`."""
        key = email.casefold()
        user = self._users.get(key)
        if user is None:
            row = self.db.execute("SELECT id, org_id FROM users WHERE email = ?", (key,)).fetchone()
            if row is None:
                return None
            if len(self._users) >= _MAX_CACHED:
                self._users.clear()
            user = self._users[key] = {"id": int(row[0]), "org_id": int(row[1])}
        return user

    def user_org(self, user_id: int) -> int | None:
        """A user's organisation; kept per worker, since only a reset (new epoch) removes users."""
        org = self._user_orgs.get(user_id)
        if org is not None:
            return org
        row = self.db.execute("SELECT org_id FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            return None
        if len(self._user_orgs) >= _MAX_CACHED:
            self._user_orgs.clear()
        self._user_orgs[user_id] = int(row[0])
        return int(row[0])

    def create_account(self, email: str, details: dict[str, Any]) -> tuple[int, int]:
        """A new organisation with its first user; their ids."""
        with self.transaction():
            org_name = details.get("organization") or email.split("@")[-1]
            cur = self.db.execute(
                "INSERT INTO orgs (id, name, org_type_id) VALUES "
                "((SELECT COALESCE(MAX(id), 0) + 1 FROM orgs), ?, ?)",
                (org_name, details.get("org_type_id")),
            )
            org_id = int(cur.lastrowid or 0)
            cur = self.db.execute(
                "INSERT INTO users (id, org_id, email, details) VALUES "
                "((SELECT COALESCE(MAX(id), 0) + 1 FROM users), ?, ?, ?)",
                (org_id, email.casefold(), orjson.dumps({**details, "email": email}).decode()),
            )
            return int(cur.lastrowid or 0), org_id

    def create_session(
        self,
        session_id: str,
        email: str,
        purpose: str,
        code: str | None,
        now: float,
        details: dict[str, Any],
    ) -> None:
        self.db.execute(
            "INSERT INTO sessions (id, email, purpose, code, created_at, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, email.casefold(), purpose, code, now, orjson.dumps(details).decode()),
        )

    def session(self, session_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return row

    def count_wrong_try(self, session_id: str) -> None:
        self.db.execute("UPDATE sessions SET attempts = attempts + 1 WHERE id = ?", (session_id,))

    def use_session(self, session_id: str) -> bool:
        """Mark the session used; False when another request used it first."""
        cur = self.db.execute(
            "UPDATE sessions SET used = 1 WHERE id = ? AND used = 0", (session_id,)
        )
        return cur.rowcount == 1

    def outbox(self, email: str) -> list[dict[str, Any]]:
        """The codes e-mailed to an address, oldest first: the sessions that have a code (one
        write per login instead of two; a purged session takes its mail with it)."""
        rows = self.db.execute(
            "SELECT email, id, code, purpose, created_at FROM sessions "
            "WHERE email = ? AND code IS NOT NULL ORDER BY rowid",
            (email.casefold(),),
        )
        return [
            {
                "email": row[0],
                "session_id": row[1],
                "code": row[2],
                "purpose": row[3],
                "sent_at": _iso(row[4]),
            }
            for row in rows
        ]

    def purge(self, before: float, now: float, keep: int) -> None:
        """Forget sessions created before `before` (their codes have expired, their mail goes with
        them) and the oldest beyond the newest `keep`, and rate-limit windows that have ended."""
        with self.transaction():
            self.db.execute("DELETE FROM sessions WHERE created_at < ?", (before,))
            self.db.execute(
                "DELETE FROM sessions WHERE rowid <= (SELECT MAX(rowid) FROM sessions) - ?",
                (keep,),
            )
            self.db.execute("DELETE FROM limits WHERE until <= ?", (now,))

    def count(self, table: str) -> int:
        """How many rows a table holds (for the purge's tests and the soak)."""
        assert table in _DATA_TABLES
        return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    # rate limits and queued faults ------------------------------------------------------
    def hit(self, keys: Sequence[str], now: float, window: float) -> dict[str, tuple[int, float]]:
        """Count one event against each key in its current fixed window (which starts with its
        first event and lasts `window` seconds), atomically: per key, the count so far and when
        its window ends. Usually one UPDATE of a row by its key per counter (a multi-row upsert
        costs three to four times as much)."""
        if not self.db.in_transaction:
            with self.transaction():
                return self.hit(keys, now, window)
        counted = {}
        for key in keys:
            row = self.db.execute(
                "UPDATE limits SET hits = hits + 1 WHERE key = ? AND until > ? "
                "RETURNING hits, until",
                (key, now),
            ).fetchone()
            if row is None:  # no window yet, or it has ended: a new one
                row = self.db.execute(
                    "INSERT INTO limits (key, until, hits) VALUES (?, ?, 1) ON CONFLICT (key) "
                    "DO UPDATE SET hits = 1, until = excluded.until RETURNING hits, until",
                    (key, now + window),
                ).fetchone()
            counted[key] = (int(row[0]), float(row[1]))
        return counted

    def queue_fault(
        self, status: int, count: int, retry_after: int, operation: str | None, cap: int
    ) -> int | None:
        """Queue a fault; the faults now waiting, or None when `cap` are queued already."""
        with self.transaction():
            waiting = self.control().faults
            if waiting >= cap:
                return None
            self.db.execute(
                "INSERT INTO faults (status, remaining, retry_after, operation) "
                "VALUES (?, ?, ?, ?)",
                (status, count, retry_after, operation),
            )
            self._write_control(replace(self.control(), faults=waiting + 1))
            return int(self.db.execute("SELECT SUM(remaining) FROM faults").fetchone()[0])

    def take_fault(self, operation: str) -> tuple[int, int] | None:
        """The status and Retry-After of the oldest queued fault for `operation`, used up once."""
        with self.transaction():
            row = self.db.execute(
                "SELECT seq, status, remaining, retry_after FROM faults "
                "WHERE operation IS NULL OR operation = ? ORDER BY seq LIMIT 1",
                (operation,),
            ).fetchone()
            if row is None:
                return None
            if row["remaining"] > 1:
                self.db.execute(
                    "UPDATE faults SET remaining = remaining - 1 WHERE seq = ?", (row["seq"],)
                )
            else:
                self.db.execute("DELETE FROM faults WHERE seq = ?", (row["seq"],))
                control = self.control()
                self._write_control(replace(control, faults=max(control.faults - 1, 0)))
            return int(row["status"]), int(row["retry_after"])

    def _select(self, table: str, wanted: Sequence[str], prefix: str = "", extra: str = "") -> str:
        """A SELECT list of the columns of `table` among `wanted` (names the spec asks for,
        matched ignoring case and `_`), then `extra`: only the table's own column names reach the
        SQL text. Kept per question: the list handlers ask the same one on every call."""
        key = (table, prefix, extra, *wanted)
        select = self._selects.get(key)
        if select is None:
            known, spelled = self.columns[table], self._spelled[table]
            found = (name if name in known else spelled.get(normal(name)) for name in wanted)
            picked = [f"{prefix}{name}" for name in dict.fromkeys(found) if name is not None]
            select = ", ".join([*picked, extra] if extra else picked or [f"{prefix}id"])
            self._selects[key] = select
        return select

    # agents -----------------------------------------------------------------------------
    def agents(
        self,
        org_id: int,
        search: str,
        status: str | None,
        top: int,
        skip: int,
        columns: Sequence[str] = ("id", "name"),
    ) -> tuple[list[sqlite3.Row], int]:
        """A page of an organisation's agents, newest first, with these columns; the total."""
        where, args = "org_id = ?", list[object]([org_id])
        if search:
            where += " AND instr(fold(name), ?) > 0"
            args.append(search.casefold())
        if status:
            where += " AND status = ?"
            args.append(status)
        total = int(
            self.db.execute(f"SELECT COUNT(*) FROM agents WHERE {where}", args).fetchone()[0]
        )
        select = self._select("agents", columns)
        rows = self.db.execute(
            f"SELECT {select} FROM agents WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*args, top, skip],
        ).fetchall()
        return rows, total

    def agent(self, org_id: int, agent_id: int) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM agents WHERE id = ? AND org_id = ?", (agent_id, org_id)
        ).fetchone()
        return row

    # interviews -------------------------------------------------------------------------
    def interviews(
        self,
        org_id: int,
        agent_id: int | None,
        status: str | None,
        search: str,
        top: int,
        skip: int,
        columns: Sequence[str] = ("id", "candidate_email", "status"),
    ) -> tuple[list[sqlite3.Row], int]:
        """A page of interviews, newest first, with these columns and the agent's name as
        `campaign_name`; the total."""
        where, args = "i.org_id = ?", list[object]([org_id])
        if agent_id is not None:
            where += " AND i.agent_id = ?"
            args.append(agent_id)
        if status:
            where += " AND i.status = ?"
            args.append(status)
        if search:
            where += " AND instr(fold(i.candidate_email), ?) > 0"
            args.append(search.casefold())
        total = int(
            self.db.execute(f"SELECT COUNT(*) FROM interviews i WHERE {where}", args).fetchone()[0]
        )
        select = self._select("interviews", columns, "i.", "a.name AS campaign_name")
        rows = self.db.execute(
            f"SELECT {select} "
            f"FROM interviews i JOIN agents a ON a.id = i.agent_id WHERE {where} "
            "ORDER BY i.id DESC LIMIT ? OFFSET ?",
            [*args, top, skip],
        ).fetchall()
        return rows, total

    def invite(self, org_id: int, agent_id: int, emails: list[str], invited_from: str) -> int:
        """One interview per address not yet invited to the agent (ignoring case); how many."""
        with self.transaction():
            known = {
                row[0]
                for row in self.db.execute(
                    "SELECT email_key FROM interviews WHERE agent_id = ?", (agent_id,)
                )
            }
            count = 0
            for email in emails:
                key = email.casefold()
                if key in known:
                    continue
                known.add(key)
                self.db.execute(
                    "INSERT INTO interviews (id, org_id, agent_id, candidate_email, email_key, "
                    "status, invited_from) VALUES "
                    "((SELECT COALESCE(MAX(id), 0) + 1 FROM interviews), ?, ?, ?, ?, 'invited', ?)",
                    (org_id, agent_id, email, key, invited_from),
                )
                count += 1
            return count

    def interview(self, org_id: int, interview_id: int) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM interviews WHERE id = ? AND org_id = ?", (interview_id, org_id)
        ).fetchone()
        return row
