"""except* over an ExceptionGroup built from the failures of a batch."""

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "bad", "cats", "bad2"],)
FAIL = ["bad"]
LOG = []


def main(topics: list):
    errors = []
    out = []
    for t in topics:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except Exception as e:
            errors.append(e)
    try:
        if errors:
            raise ExceptionGroup("batch", errors)
    except* RuntimeError as eg:
        LOG.append([str(x) for x in eg.exceptions])
    return out
