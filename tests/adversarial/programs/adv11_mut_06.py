"""range(len(xs)) over a list that the loop body grows: the range is fixed at the start."""

import autoform as af

CAUSE = "mutation"
ARGS = (["owls", "cats"],)


def main(topics: list):
    out = []
    for i in range(len(topics)):
        r = af.lm_call([{"role": "user", "content": topics[i]}], model="m")
        topics.append(r[:6])
        out.append(r)
    return out, topics
