"""An exception raised in finally replaces the LM failure of the item."""

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


class Cleanup(Exception):
    pass


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        finally:
            LOG.append("finally " + t)
            if t == "bad":
                raise Cleanup("cleanup failed for " + t)
    return out
