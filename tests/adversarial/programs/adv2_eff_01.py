"""A helper numbers prompts with a global counter (global N; N += 1) in a loop."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)
N = 0


def numbered(x):
    global N
    N += 1
    return f"{N}. {x}"


def main(items: list[str]):
    out = []
    for x in items:
        out.append(af.lm_call([{"role": "user", "content": numbered(x)}], model="m"))
    return out
