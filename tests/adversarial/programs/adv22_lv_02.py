"""A user object with a raising __str__ logged in a fanned-out loop."""
import logging

import autoform as af

CAUSE = "log raising str in loop"
ARGS = (["owls", "cats"],)

class Bad:
    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        return "Bad()"

def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("item %s", Bad())
        out.append(r)
    return out
