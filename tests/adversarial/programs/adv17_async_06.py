"""async main awaiting two acalls in sequence where the second's prompt reads a module
list the first's helper appended to."""

import autoform as af

CAUSE = "async helper state"
ARGS = ("owls",)
SEEN = []


async def ask(t):
    SEEN.append(t)
    return await af.lm_call.acall([{"role": "user", "content": f"{t} seen={len(SEEN)}"}], model="m")


async def main(t: str):
    a = await ask(t)
    b = await ask(t + "!")
    return a, b
