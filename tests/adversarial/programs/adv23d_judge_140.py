"""A float-annotated parameter given nan text converted... no: given float nan, logged pct-d in a fanned loop."""
import logging

import autoform as af

CAUSE = "float nan judged formattable for pct-d"
ARGS = (["a", "b"], float("nan"))

def main(xs, v: float):
    out = []
    for x in xs:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        logging.warning("got %s %d", r, v)
        out.append(r)
    return out
