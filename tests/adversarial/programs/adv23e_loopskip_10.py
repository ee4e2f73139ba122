"""A fanned-out loop whose items are filtered by if; last written item wins."""

import contextvars

import autoform as af

CAUSE = "carry of skipped items"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_loopskip_10", default="unset")
_CFG = {"var": VAR}


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _CFG["var"].set(t)
    return r


def main(a: str, b: str):
    out = []
    for t in [a, b, a + b, "x"]:
        if t != "x":
            out.append(ask(t))
    return out, VAR.get()
