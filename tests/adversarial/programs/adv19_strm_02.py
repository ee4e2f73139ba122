"""The prompt replaces with a row's replacement, which is None for one row (TypeError)."""

import autoform as af

CAUSE = "replace with None in pre-call"
ARGS = ([("owls", "o"), ("cats", None), ("dogs", "d")],)


def main(rows: list):
    out = []
    try:
        for text, rep in rows:
            out.append(af.lm_call([{"role": "user", "content": text.replace("s", rep)}], model="m"))
    except TypeError as e:
        print("bad:", e)
    return out
