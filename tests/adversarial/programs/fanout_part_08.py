"""A loop whose items are dicts; the body reads a key that is missing on item 1 (KeyError)."""

import autoform as af

CAUSE = "fanout"
ARGS = ([{"q": "a"}, {"x": "b"}, {"q": "c-FAIL"}],)
FAIL = {"FAIL"}


def main(rows: list):
    out = []
    for row in rows:
        out.append(af.lm_call([{"role": "user", "content": row["q"]}], model="m"))
    return out
