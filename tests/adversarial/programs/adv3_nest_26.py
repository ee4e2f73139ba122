"""continue after a print in the inner body, on the pair."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        for q in qs:
            print("at", c, q)
            if c == "b" and q == "x":
                continue
            out.append(ask(c + q))
    return out
