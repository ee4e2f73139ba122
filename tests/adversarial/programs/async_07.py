"""An async helper that mutates module state after its awaited call."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
SEEN = []


async def ask(q):
    r = await af.lm_call.acall([{"role": "user", "content": q + str(len(SEEN))}], model="m")
    SEEN.append(q)
    return r


async def main(topic: str):
    a = await ask(topic)
    b = await ask(topic)
    c = await ask(topic + "!")
    return [a, b, c, list(SEEN)]
