-- Version 10: wrong PINs are counted in the cache, per badge, for login and every supervisor
-- approval alike. They were counted in the process's memory by login only, so a new `floorctl
-- replay` (or a restarted station) started from zero and approvals were never counted at all.
CREATE TABLE pin_attempt (
    badge            TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    first_failure_at INTEGER NOT NULL,          -- ms since 1970: the start of the counting window
    locked_until     INTEGER NOT NULL DEFAULT 0 -- ms since 1970; 0: not locked
);
