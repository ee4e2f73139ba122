"""A slice target's bound from an LM-calling helper that logs; the value's helper prints."""
import autoform as af

CAUSE = "subscript target evaluated before the value"
ARGS = ("owls", "cats")
LOG = []

def size(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    LOG.append("size " + t)
    return len(r) % 3

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    LOG.append("ask " + t)
    return r

def main(a, b):
    lst = ["x", "y", "z"]
    lst[size(a):] = [ask(b)]
    return lst
