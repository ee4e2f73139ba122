"""Good record with stack_info=True in a loop (Stack printed)."""

import logging

import autoform as af

CAUSE = "stack_info good record"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("r %s", r, stack_info=True)
        out.append(r)
    return out
