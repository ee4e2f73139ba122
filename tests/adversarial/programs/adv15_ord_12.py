"""A generator that logs each item it yields and fails at the third; the loop body logs
each reply; the failure is caught."""

import autoform as af

CAUSE = "generator"
LOG = []
ARGS = (["owls", "cats", "bad", "dogs"],)


def topics(raw):
    for t in raw:
        if t == "bad":
            raise ValueError("bad topic")
        LOG.append("yield " + t)
        yield t


def main(raw: list):
    out = []
    try:
        for t in topics(raw):
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            LOG.append("got " + r)
            out.append(r)
    except ValueError as exc:
        LOG.append(str(exc))
    return out
