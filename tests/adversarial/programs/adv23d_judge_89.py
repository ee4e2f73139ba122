"""A log call directly in main with %d of main's int-annotated param inside a fanned loop."""
import logging

import autoform as af

CAUSE = "log record judged formattable: main param annotation in loop"
ARGS = (["a", "b"], "x")

def main(xs, n: int):
    out = []
    for x in xs:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        logging.warning("got %s %d", r, n)
        out.append(r)
    return out
