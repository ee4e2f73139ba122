"""sqlite3 insert per item with no read in the loop; the final select depends on insertion
order (rowid)."""

import sqlite3

import autoform as af

CAUSE = "sqlite insertion order"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(items: list):
    db = sqlite3.connect(":memory:")
    cur = db.cursor()
    cur.execute("create table r (reply text)")
    for t in items:
        reply = af.lm_call([{"role": "user", "content": t}], model="m")
        cur.execute("insert into r (reply) values (?)", (reply,))
    out = [row[0] for row in cur.execute("select reply from r order by rowid")]
    db.close()
    return out
