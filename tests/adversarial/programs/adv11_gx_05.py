"""str.join over a generator of a helper that logs before and after its call."""

import autoform as af

CAUSE = "lazy"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(q):
    LOG.append("ask " + q)
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    LOG.append("got " + q)
    return r


def main(topics: list):
    return " | ".join(ask(t) for t in topics)
