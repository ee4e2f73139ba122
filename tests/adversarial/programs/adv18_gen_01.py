"""any() over a generator of LM calls stops at the first true reply: later calls are never made."""


import autoform as af

CAUSE = 'any genexpr short-circuit'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    return any(af.lm_call([{"role": "user", "content": t}], model="m").startswith("<m:o") for t in (a, b, "dogs"))
