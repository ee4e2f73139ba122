"""map() over a helper that prints and calls; the loop consumes lazily and prints between."""

import autoform as af

CAUSE = "lazy map helper prints"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    print("ask", t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    out = []
    for r in map(ask, items):
        print("use", r[-6:])
        out.append(r)
        if len(out) == 2:
            break
    return out
