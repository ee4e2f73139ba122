"""A prompt built by '%' formatting with a tuple of the wrong length for one row."""

import autoform as af

CAUSE = "percent format arity in pre-call"
ARGS = ([("owls", 1), ("cats",), ("dogs", 3)],)


def main(rows: list):
    out = []
    try:
        for row in rows:
            out.append(af.lm_call([{"role": "user", "content": "%s x%d" % row}], model="m"))
    except TypeError as e:
        print("bad:", e)
    return out
