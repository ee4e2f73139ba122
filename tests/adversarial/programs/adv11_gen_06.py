"""A work queue drained by a generator; the loop body adds follow-up work to the queue."""

import autoform as af

CAUSE = "generator"
ARGS = (["owls", "cats"],)


def drain(queue):
    while queue:
        yield queue.pop(0)


def main(topics: list):
    queue = list(topics)
    out = []
    for item in drain(queue):
        r = af.lm_call([{"role": "user", "content": item}], model="m")
        if r == "<m:owls>":
            queue.append("baby owls")
        out.append(r)
    return out
