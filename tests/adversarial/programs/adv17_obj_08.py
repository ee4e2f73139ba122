"""A closure counter (nonlocal) in a helper made inside main numbers each prompt."""

import autoform as af

CAUSE = "nonlocal counter"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    n = 0

    def numbered(text):
        nonlocal n
        n += 1
        return f"#{n} {text}"

    out = []
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": numbered(t)}], model="m"))
    return out, n
