"""A generator helper yields replies lazily; the consumer prints between."""

import autoform as af

CAUSE = "generator helper yields replies"
ARGS = (["owls", "cats", "dogs"],)


def replies(items):
    for t in items:
        print("asking", t)
        yield af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    out = []
    for r in replies(items):
        print("got", r)
        out.append(r)
    return out
