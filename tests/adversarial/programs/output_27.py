"""Items print, then store their reply under a key; the second key is unhashable:
TypeError, after the first two prints only."""

import autoform as af

CAUSE = "output"
ARGS = ()


def main():
    table = {}
    for k in [("t",), ["u"], "a"]:
        print("item", k)
        table[k] = af.lm_call([{"role": "user", "content": str(k)}], model="m")
    return table
