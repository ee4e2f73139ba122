"""An exception object stored and re-raised later: the first failure is remembered and
raised after the rest of the batch ran."""

import autoform as af

CAUSE = "deferred reraise"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


def main(items: list):
    first_error = None
    out = []
    for t in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except Exception as exc:
            LOG.append(f"{t}: {exc}")
            if first_error is None:
                first_error = exc
    LOG.append(f"done {len(out)}")
    if first_error:
        raise first_error
    return out
