"""Evaluation order: a subscript target's index from a printing (unpinned) helper, value from an ask."""
import autoform as af

CAUSE = "subscript target evaluated before the value"
ARGS = ("owls", "cats")
LOG = []

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    LOG.append("ask " + t)
    return r

def note(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("note", t)
    LOG.append("note " + t)
    return r

def main(a, b):
    d = {}
    d[note(a)] = ask(b)
    return d
