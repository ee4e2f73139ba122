"""A closure counter made before the loop numbers each prompt."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)


def counter():
    n = [0]

    def nxt(x):
        n[0] += 1
        return f"{n[0]}:{x}"

    return nxt


def main(items: list[str]):
    nxt = counter()
    out = []
    for x in items:
        out.append(af.lm_call([{"role": "user", "content": nxt(x)}], model="m"))
    return out
