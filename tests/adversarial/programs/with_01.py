"""A context manager of the user's swallows the model's failure; the next call is not made."""

import autoform as af

CAUSE = 11
ARGS = ()
FAIL = {"risky"}
LOG = []


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        LOG.append(f"swallowed {kind.__name__ if kind else None}")
        return True


def main():
    before = af.lm_call([{"role": "user", "content": "before"}], model="m")
    with Swallow():
        a = af.lm_call([{"role": "user", "content": "risky"}], model="m")
        b = af.lm_call([{"role": "user", "content": "after risky"}], model="m")
        LOG.append(a + b)
    return before
