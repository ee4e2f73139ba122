"""A batch whose failures are caught and the exception's __context__ and __cause__ inspected."""

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


def ask(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    except RuntimeError as e:
        raise ValueError("wrapped " + t) from e


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(ask(t))
        except ValueError as e:
            LOG.append(
                (
                    str(e),
                    type(e.__cause__).__name__,
                    type(e.__context__).__name__,
                    e.__suppress_context__,
                )
            )
            out.append(None)
    return out
