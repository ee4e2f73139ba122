"""async main awaits async helpers whose f-string __format__ reads and sets VAR."""

import contextvars

import autoform as af

CAUSE = "dunder context write in async helper tasks"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwasync_67", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        seen = VAR.get()
        VAR.set(self.t)
        return self.t + "/" + seen


async def ask(t):
    return await af.lm_call.acall([{"role": "user", "content": f"{Tag(t)}"}], model="m")


async def main(a: str, b: str):
    ra = await ask(a)
    rb = await ask(b)
    return ra, rb, VAR.get()
