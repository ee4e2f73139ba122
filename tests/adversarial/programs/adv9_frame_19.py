"""main warns (default stacklevel) in a fanned-out loop and records each warning's line,
relative to main's first line."""

import warnings

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "", "cats"],)
LOG = []


def main(topics: list):
    out = []
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        for t in topics:
            if not t:
                warnings.warn("empty topic")  # noqa: B028
            out.append(af.lm_call([{"role": "user", "content": t or "?"}], model="m"))
    LOG.extend((w.lineno - main.__code__.co_firstlineno, w.filename == __file__) for w in seen)
    return out
