"""*args and **kwargs on the pipeline."""

import autoform as af

CAUSE = "names"
ARGS = ("owl", "bat")


def main(*topics, **opts):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model=opts.get("model", "m")))
    return out
