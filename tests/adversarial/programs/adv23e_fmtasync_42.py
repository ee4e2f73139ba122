"""async main awaits async helpers that set VAR via __format__."""

import contextvars

import autoform as af

CAUSE = "carry from awaited async helper tasks"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtasync_42", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


async def aask(t):
    return await af.lm_call.acall([{"role": "user", "content": f"{Tag(t)}"}], model="m")


async def main(a: str, b: str):
    ra = await aask(a)
    rb = await aask(b)
    rc = await aask(a + b)
    return ra, rb, rc, VAR.get()
