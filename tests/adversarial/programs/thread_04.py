"""Replies are cached in an SQLite database opened at import time."""

import sqlite3

import autoform as af

CAUSE = "thread"
ARGS = ("owl",)
_DB = sqlite3.connect(":memory:")
_DB.execute("create table cache (q text primary key, a text)")


def main(topic: str):
    row = _DB.execute("select a from cache where q = ?", (topic,)).fetchone()
    if row:
        return row[0]
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    _DB.execute("insert into cache values (?, ?)", (topic, a))
    return a
