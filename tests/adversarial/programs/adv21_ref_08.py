"""inspect.currentframe().f_back.f_locals in a helper after calls."""

import inspect

import autoform as af

CAUSE = "f_locals of caller"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def peek():
    return sorted(k for k in inspect.currentframe().f_back.f_locals if not k.startswith("_"))


def main(items):
    out = []
    for t in items:
        r = ask(t)
        out.append((r, peek()))
    return out
