"""print with end= and flush=True interleaved from fanned helpers."""

import autoform as af

CAUSE = "partial lines from concurrent items"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def show(x):
    print("[", end="", flush=True)
    r = ask(x)
    print(r, end="]\n", flush=True)
    return r


def main(items):
    return [show(x) for x in items]
