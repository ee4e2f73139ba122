"""logging.warning with a message without fields but one arg, in a loop; minimal."""

import logging

import autoform as af

CAUSE = "log args mismatch loop"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        logging.warning("item", t)
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
