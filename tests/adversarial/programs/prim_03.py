"""An async primitive and LM calls overlap; results used in order."""

import asyncio

import autoform as af

CAUSE = "primitives"
ARGS = ("x",)


@af.primitive
async def tool(q: str) -> str:
    await asyncio.sleep(0.002)
    return "tool:" + q


def main(q: str):
    t = tool(q)
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    u = tool(a)
    return [t, a, u]
