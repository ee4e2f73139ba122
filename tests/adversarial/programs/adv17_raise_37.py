"""async pipeline: the first awaited call fails; the caller's delimiter (empty) splits the
second topic into keywords for the next prompt (ValueError)."""

import autoform as af

CAUSE = "str.split empty sep async"
ARGS = ("owls", "cats and dogs", "")
FAIL = ["owls"]


async def main(a: str, b: str, delim: str):
    ra = await af.lm_call.acall([{"role": "user", "content": a}], model="m")
    keywords = b.split(delim)
    rb = await af.lm_call.acall([{"role": "user", "content": f"expand {keywords}"}], model="m")
    return ra, rb
