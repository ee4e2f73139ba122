"""The prompt is a reply's prefix removed by an int (TypeError) for one row."""

import autoform as af

CAUSE = "startswith int in pre-call"
ARGS = ([("owls", "o"), ("cats", 3), ("dogs", "d")],)


def main(rows: list):
    out = []
    try:
        for text, p in rows:
            if text.startswith(p):
                text = text[1:]
            out.append(af.lm_call([{"role": "user", "content": text}], model="m"))
    except TypeError as e:
        print("bad:", e)
    return out
