"""Tuple-unpacking targets with a subscript from a printing helper; value from a printing helper."""
import autoform as af

CAUSE = "subscript target evaluated before the value"
ARGS = ("owls", "cats")

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def main(a, b):
    d = {}
    d[ask(a)], e = ask(b), 1
    return d, e
