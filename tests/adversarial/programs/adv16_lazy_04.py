"""A chained comparison whose middle is a call: `lo < len(ask(a)) < len(ask(b))` — the
second call only happens when the first comparison holds."""

import autoform as af

CAUSE = "chained comparison"
ARGS = ([("owls", "cats"), ("a much longer topic", "x"), ("bee", "wasp")], 10)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(pairs: list, lo: int):
    out = []
    for a, b in pairs:
        out.append(lo < len(ask(a)) < len(ask(b)))
    return out
