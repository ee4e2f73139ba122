"""Both an LM call in a subscript target and the assigned value's LM call fail: the value's wins."""
import autoform as af

CAUSE = "subscript target evaluated before the value"
ARGS = ("owls", "cats")
FAIL = ["owls", "cats"]

def main(a, b):
    d = {}
    d[af.lm_call([{"role": "user", "content": a}], model="m")] = af.lm_call([{"role": "user", "content": b}], model="m")
    return d
