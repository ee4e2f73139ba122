"""A generator that reads a module flag the items' own calls never change: consumed in order."""

import autoform as af

CAUSE = 8
ARGS = ()
LOG = []


def pages():
    for p in range(4):
        LOG.append(f"fetch page {p}")
        yield f"page {p}"


def main():
    summaries = []
    for p in pages():
        summaries.append(af.lm_call([{"role": "user", "content": p}], model="m"))
    LOG.append("all done")
    return summaries
