"""str.join over a generator of a printing helper's replies; then the joined text goes on."""

import autoform as af

CAUSE = "join generator printing helper"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("asked", t)
    return r


def main(items: list):
    joined = " | ".join(ask(t) for t in items)
    return af.lm_call([{"role": "user", "content": joined}], model="m")
