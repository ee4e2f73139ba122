"""A retry loop: each item tries up to twice, raising from the original error; the last
failure is re-raised with `raise ... from`."""

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


class GiveUp(Exception):
    pass


def main(topics: list):
    out = []
    for t in topics:
        for attempt in range(2):
            try:
                out.append(af.lm_call([{"role": "user", "content": f"{t} try"}], model="m"))
                break
            except Exception as e:
                LOG.append(f"{t} attempt {attempt}: {type(e).__name__}")
                last = e
        else:
            raise GiveUp(t) from last
    return out
