"""async main awaiting an async helper per item with a print after each."""

import autoform as af

CAUSE = "async helper in loop"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



async def summarize(t):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    return r.upper()


async def main(items):
    out = []
    for x in items:
        s = await summarize(x)
        print("got", s)
        out.append(s)
    return out
