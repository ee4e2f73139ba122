"""map() over a helper that prints, consumed by a for loop that prints too."""

import autoform as af

CAUSE = "lazy map interleaving"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    print("asking", t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    out = []
    for r in map(ask, items):
        print("got", r)
        out.append(r)
    return out
