"""A slice of a reply feeds two chains, with prints between the calls: the value, the
prints in order, each call once."""

import autoform as af

CAUSE = "deferred"
ARGS = ("ada",)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "one " + q}], model="m")
    b = af.lm_call([{"role": "user", "content": "two " + q}], model="m")
    print("got two")
    head = b.split(":")[1][:4]
    c = af.lm_call([{"role": "user", "content": "x " + head + a}], model="m")
    print("got x")
    d = af.lm_call([{"role": "user", "content": "y " + head}], model="m")
    return [c, d]
