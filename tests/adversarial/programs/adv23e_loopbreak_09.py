"""A fanned-out loop with break: the items after the break must not carry their sets."""

import contextvars

import autoform as af

CAUSE = "carry of items past a break"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_loopbreak_09", default="unset")
_CFG = {"var": VAR}


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _CFG["var"].set(t)
    return r


def main(a: str, b: str):
    out = []
    for t in [a, b, a + b, b + a]:
        r = ask(t)
        out.append(r)
        if "cats" in r:
            break
    return out, VAR.get()
