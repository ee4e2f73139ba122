"""The prompt splits each row by its own separator; one separator is empty (ValueError)
inside a try around the loop: later rows must not be asked."""

import autoform as af

CAUSE = "empty separator in pre-call"
ARGS = ([("owls:x", ":"), ("cats", ""), ("dogs;y", ";")],)


def main(rows: list):
    out = []
    try:
        for text, sep in rows:
            out.append(af.lm_call([{"role": "user", "content": text.split(sep)[0]}], model="m"))
    except ValueError as e:
        print("bad:", e)
    return out
