"""A sqlite connection held by a user object, used by a primitive."""

import sqlite3

import autoform as af

CAUSE = "sqlite3 connection reached through a user object attribute"
ARGS = ("owls", "cats")


class DB:
    def __init__(self):
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("create table t (x text)")


D = DB()


@af.primitive
def save(text):
    D.conn.execute("insert into t values (?)", (text,))
    return D.conn.execute("select count(*) from t").fetchone()[0]


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    n = save(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return n, rb
