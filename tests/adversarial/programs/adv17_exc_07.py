"""The call fails for an item; an uncaught failure propagates out of main after prints in
earlier items; a traceback is printed by a finally handler via traceback.print_exc."""

import traceback

import autoform as af

CAUSE = "print_exc in except"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": f"about {t}"}], model="m"))
        except RuntimeError:
            traceback.print_exc(limit=0)
            out.append(None)
    return out
