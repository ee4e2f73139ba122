"""A dict argument record with %(a)s fields in a loop, one key missing for a reply."""

import logging

import autoform as af

CAUSE = "mapping args record"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("%(a)s %(b)s", {"a": r})
        out.append(r)
    return out
