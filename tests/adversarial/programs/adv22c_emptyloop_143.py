"""Loop over an empty list leaves the variable unbound."""

import autoform as af

CAUSE = "unbound loop variable after empty fan-out"
ARGS = ([],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    r = "init"
    out = []
    for x in items:
        r = ask(x)
        out.append(r)
    return out, r
