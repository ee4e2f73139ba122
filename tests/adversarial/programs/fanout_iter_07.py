"""A generator with a finally clause that logs: when it runs relative to the failure."""

import autoform as af

CAUSE = 8
ARGS = ()
FAIL = {"b"}
LOG = []


def letters():
    try:
        yield from ["a", "b", "c"]
    finally:
        LOG.append("generator closed")


def main():
    out = []
    for x in letters():
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    LOG.append("loop done")
    return out
