"""A work queue: the loop iterates over a list that its body extends with follow-up topics
(a crawler)."""

import autoform as af

CAUSE = "loop list grows"
ARGS = (["owls", "cats"],)


def main(queue: list):
    out = []
    for t in queue:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
        if len(queue) < 4:
            queue.append(t + "+")
    return out
