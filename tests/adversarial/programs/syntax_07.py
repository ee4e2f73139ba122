"""A bare `raise` re-raises the model's failure after logging it."""

import autoform as af

CAUSE = "syntax"
ARGS = ()
FAIL = {"boom"}
LOG = []


def main():
    a = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    except RuntimeError as exc:
        LOG.append("failed: " + str(exc))
        raise
    return a + b
