"""An async pipeline whose second call fails and is caught; the except arm awaits a
fallback; an independent call after the try must still be made once."""

import autoform as af

CAUSE = "async try fallback"
ARGS = ("owls",)
FAIL = ["deep"]


async def ask(t):
    return await af.lm_call.acall([{"role": "user", "content": t}], model="m")


async def main(topic: str):
    a = await ask(topic)
    try:
        b = await ask("deep " + topic)
        c = await ask("deeper " + topic)
    except Exception as exc:
        print("fallback after", type(exc).__name__)
        b = c = await ask("shallow " + topic)
    d = await ask("wrap " + topic)
    return a, b, c, d
