"""async main with the user's own gather(return_exceptions=True); failures are reported
per topic and a follow-up call summarizes the successes."""

import asyncio

import autoform as af

CAUSE = "user gather return_exceptions"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


async def main(items: list):
    results = await asyncio.gather(
        *(af.lm_call.acall([{"role": "user", "content": t}], model="m") for t in items),
        return_exceptions=True,
    )
    ok = []
    for t, r in zip(items, results):
        if isinstance(r, Exception):
            print("failed:", t, r)
        else:
            ok.append(r)
    s = await af.lm_call.acall([{"role": "user", "content": " ".join(ok)[-30:]}], model="m")
    return ok, s
