"""An assert with a message built from the reply stops the run halfway; calls before it
printed their results."""

import autoform as af

CAUSE = "assert message"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print("reply", r)
        assert "dogs" not in r, f"unexpected reply {r!r} after {len(out)} good ones"
        out.append(r)
    return out
