"""A per-item try/except handles the LM failure of item 1 by recording it; item 2's
post-processing raises an uncaught KeyError; the record list is a module global."""

import autoform as af

CAUSE = "caught failure then uncaught error"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["owls"]
ERRORS = []
LABELS = {"<m:cats>": 1}


def main(items: list):
    out = []
    for t in items:
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        except Exception as e:
            ERRORS.append(str(e))
            continue
        out.append(LABELS[r])
    return out
