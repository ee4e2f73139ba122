"""Fanned helper catching its own call failure, printing in except and finally."""

import autoform as af

CAUSE = "per-item handlers output order"
ARGS = (["owls", "cats", "dogs", "emus"],)
FAIL = ["cats", "emus"]
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def safe(x):
    try:
        r = ask(x)
        print("ok", x)
        return r
    except RuntimeError as e:
        print("fail", x, e)
        return None
    finally:
        LOG.append("done " + x)


def main(items):
    return [safe(x) for x in items]
