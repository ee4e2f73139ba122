"""A message dict built once, sent by two chained calls, then edited: one object in Python."""

import autoform as af

CAUSE = "chain-recomputes"
ARGS = ()


def main():
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    msg = dict(role="user", content=b)
    y = af.lm_call([msg], model="m")
    z = af.lm_call([msg, {"role": "user", "content": "again"}], model="m")
    msg["content"] = "edited"
    return [x, y, z, msg]
