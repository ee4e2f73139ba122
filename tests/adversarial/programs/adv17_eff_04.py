"""sqlite3 in memory: each reply is inserted, and the row count read before the next call
goes into its prompt."""

import sqlite3

import autoform as af

CAUSE = "sqlite rows"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    db = sqlite3.connect(":memory:")
    db.execute("create table r (t text, reply text)")
    for t in items:
        (n,) = db.execute("select count(*) from r").fetchone()
        reply = af.lm_call([{"role": "user", "content": f"{t} #{n}"}], model="m")
        db.execute("insert into r values (?, ?)", (t, reply))
    rows = db.execute("select t, reply from r order by rowid").fetchall()
    db.close()
    return rows
