"""try/except/else/finally in a loop; finally logs and the else adds the reply."""

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


def main(topics: list):
    out = []
    for t in topics:
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        except RuntimeError as e:
            LOG.append("fail " + t)
            continue
        else:
            out.append(r)
        finally:
            LOG.append("done " + t)
    return out
