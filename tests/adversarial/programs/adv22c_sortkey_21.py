"""sorted with a key that calls the LM; key called once per item in order."""

import autoform as af

CAUSE = "sorted key call order"
ARGS = (["owls", "cats", "emu"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    def key(x):
        r = ask(x)
        LOG.append(r)
        return r[::-1]
    return sorted(items, key=key)
