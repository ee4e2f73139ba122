"""del a key of the collecting dict inside the loop after the call."""

import autoform as af

CAUSE = "del in collecting loop"
ARGS = (["owls", "cats", "owls"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    res = {}
    for x in items:
        r = ask(x)
        if x in res:
            del res[x]
        res[x] = r
    return list(res.items())
