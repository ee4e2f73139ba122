"""An async def awaiting in turn: the last call's prompt indexes a reply out of range,
after a print and an independent call that fails: the failure, and the print."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"three"}


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": "one " + topic}], model="m")
    b = await af.lm_call.acall([{"role": "user", "content": a.split()[1][:3]}], model="m")
    print("after b")
    c = await af.lm_call.acall([{"role": "user", "content": "three"}], model="m")
    d = await af.lm_call.acall([{"role": "user", "content": a[50]}], model="m")
    return [b, c, d]
