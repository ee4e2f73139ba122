"""A generator with a finally clause is the loop source; the loop breaks after the second
reply, and main logs after the loop."""

import autoform as af

CAUSE = "flow"
ARGS = (["owls", "cats", "dogs", "bees"],)
LOG = []


def source(xs):
    try:
        for x in xs:
            yield x
    finally:
        LOG.append("source closed")


def main(topics: list):
    out = []
    for t in source(topics):
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        if len(out) == 2:
            break
    LOG.append("after loop")
    return out
