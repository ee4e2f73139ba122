"""A helper called through stacklevel=2 logging, called in a list comprehension of LM calls."""

import io
import logging

import autoform as af

CAUSE = "stacklevel in listcomp"
ARGS = (["owls", "cats"],)
BUF = io.StringIO()
log = logging.getLogger("adv22b.ml04")
_h = logging.StreamHandler(BUF)
_h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(message)s"))
log.handlers[:] = [_h]
log.propagate = False


def note(r):
    log.warning("got %s", r, stacklevel=2)
    return r


def main(items):
    return [note(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items], BUF.getvalue()
