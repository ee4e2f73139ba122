"""An async helper that logs before and after its call, awaited twice with independent
inputs; the log must be in sequential order."""

import autoform as af

CAUSE = "async helper with log effects"
ARGS = ("owls", "cats")
LOG = []


async def step(t):
    LOG.append(f"start {t}")
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    LOG.append(f"end {t}")
    return r


async def main(a: str, b: str):
    ra = await step(a)
    rb = await step(b)
    return ra, rb
