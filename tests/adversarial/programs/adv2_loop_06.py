"""zip of two generators with prints, the second shorter: the first's extra item is pulled
(and printed) before zip stops."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "c"], ["x", "y"])


def loud(tag, items):
    for x in items:
        print(tag, x)
        yield x


def main(left: list[str], right: list[str]):
    out = []
    for a, b in zip(loud("L", left), loud("R", right)):  # noqa: B905
        out.append(af.lm_call([{"role": "user", "content": a + b}], model="m"))
        print("asked", a, b)
    return out
