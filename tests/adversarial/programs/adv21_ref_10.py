"""open() file passed to print(file=) in a comprehension of calls."""

import os
import tempfile

import autoform as af

CAUSE = "print to file in comp"
ARGS = (["owls", "cats", "dogs"],)

P = os.path.join(tempfile.gettempdir(), "adv21_ref_10.txt")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def emit(f, t):
    r = ask(t)
    print(r, file=f)
    return r


def main(items):
    with open(P, "w") as f:
        out = [emit(f, t) for t in items]
    with open(P) as g:
        return out, g.read()
