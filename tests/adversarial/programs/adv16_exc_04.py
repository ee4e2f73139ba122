"""try/finally (no except) around two independent calls; the finally prints which names
got bound, reading them through a guard on NameError-free flags."""

import autoform as af

CAUSE = "finally sees bindings"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def main(a: str, b: str):
    done = []
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        done.append("a")
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        done.append("b")
        return ra + rb
    finally:
        print("finally done:", done)
