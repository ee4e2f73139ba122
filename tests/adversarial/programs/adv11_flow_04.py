"""for/else: the loop breaks on a failing item; else logs when every item succeeded."""

import autoform as af

CAUSE = "flow"
ARGS = (["owls", "cats", "bad", "dogs"],)
FAIL = ["bad"]
LOG = []


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError:
            LOG.append("stop at " + t)
            break
    else:
        LOG.append("all done")
    return out
