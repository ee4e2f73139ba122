"""An async def pipeline with a for loop of awaited calls and a sync helper running a
new loop's run_until_complete (it fails in a running loop, as written)."""

import asyncio

import autoform as af

CAUSE = "async"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return w


def side(w):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(_fetch(w))
    except RuntimeError as exc:
        return "no: " + str(exc)[:30]
    finally:
        loop.close()


async def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        r = await af.lm_call.acall([{"role": "user", "content": w}], model="m")
        out.append(side(r))
    return out
