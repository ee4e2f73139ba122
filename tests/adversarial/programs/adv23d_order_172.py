"""A for-loop target that is a subscript from a helper; each item an LM reply."""
import autoform as af

CAUSE = "for target subscript evaluation order"
ARGS = (["a", "b"],)
LOG = []

def key(t):
    r = af.lm_call([{"role": "user", "content": "k" + t}], model="m")
    LOG.append("key " + t)
    return r

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    LOG.append("ask " + t)
    return r

def main(xs):
    d = {}
    for x in xs:
        d[key(x)] = ask(x)
    return d
