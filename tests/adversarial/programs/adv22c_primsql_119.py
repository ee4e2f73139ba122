"""A database-query primitive given a sqlite3 connection opened in main."""

import autoform as af

CAUSE = "sqlite3 connection bound to creating thread - primitive runs in worker thread"
ARGS = (["owls", "cats"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import sqlite3


@af.primitive
def count_rows(db, word):
    return db.execute("select count(*) from seen where w = ?", (word,)).fetchone()[0]


def main(items):
    db = sqlite3.connect(":memory:")
    db.execute("create table seen (w text)")
    db.executemany("insert into seen values (?)", [(x,) for x in items])
    out = []
    for x in items:
        r = ask(x)
        out.append((r, count_rows(db, x)))
    db.close()
    return out
