"""One item's call fails; a later item would print and append to LOG: nothing of the later
item may happen; the error is re-raised from a custom error with `raise ... from`."""

import autoform as af

CAUSE = "failure stops later effects"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


class PipelineError(Exception):
    pass


def main(items: list):
    out = []
    for t in items:
        LOG.append(f"start {t}")
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        except RuntimeError as e:
            raise PipelineError(f"item {t} failed") from e
        print("done", t)
        out.append(r)
    return out
