"""An async primitive querying a sqlite3 connection that main opened."""

import autoform as af

CAUSE = "async primitive called as written runs on a background loop thread"
ARGS = ("owls", "cats")

import sqlite3


@af.primitive
async def lookup(db, word):
    return db.execute("select upper(?)", (word,)).fetchone()[0]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    db = sqlite3.connect(":memory:")
    ra = ask(a)
    v = lookup(db, ra)
    rb = ask(b)
    db.close()
    return v, rb
