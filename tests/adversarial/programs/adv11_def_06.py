"""A helper is rebound at module level after its def, to a wrapper that logs."""

import autoform as af

CAUSE = "decorator"
ARGS = (["owls", "cats"],)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


_plain_ask = ask


def ask(q):  # noqa: F811
    LOG.append("ask " + q)
    return _plain_ask("v2 " + q)


def main(topics: list):
    out = []
    for t in topics:
        out.append(ask(t))
    return out
