"""An async def pipeline awaiting calls one by one, with prints between."""

import autoform as af

CAUSE = "async"
ARGS = ("nut",)


async def main(q: str):
    a = await af.lm_call.acall([{"role": "user", "content": q}], model="m")
    print("a done")
    b = await af.lm_call.acall([{"role": "user", "content": q + "?"}], model="m")
    print("b done")
    return [a, b]
