"""Log message with a literal percent sign and one arg ("100%" then arg), in loop."""

import logging

import autoform as af

CAUSE = "log args mismatch percent"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("done 100%% of", r)
        out.append(r)
    return out
