"""A plain step on a reply that raises IndexError feeds a call, after a chain whose
call fails: the chain's failure is earlier in program order."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"<m:two"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "one " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "two " + topic}], model="m")
    c = af.lm_call([{"role": "user", "content": "x " + b}], model="m")
    d = af.lm_call([{"role": "user", "content": a.split()[7]}], model="m")
    return [c, d]
