-- Version 6: where the station's pull of the master's change feed has got to. Written in the
-- same transaction as the changes it covers, so a pull killed half-way resumes after the last
-- page it applied.
CREATE TABLE sync_cursor (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
