"""A logger configured at import with a handler that keeps formatted records in LOG; a
helper called in a loop of calls logs with stack_info=True, and the Formatter trims the
stack to this file's lines."""

import logging

import autoform as af

CAUSE = "stack_info trimmed formatter"
ARGS = (["owls", "cats"],)
LOG = []


class Trim(logging.Formatter):
    def formatStack(self, stack_info):
        return "\n".join(ln for ln in stack_info.splitlines() if "adv17_logloc_10" in ln)


log = logging.getLogger("adv17_logloc_10")
log.propagate = False


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(self.format(record))


_h = Keep()
_h.setFormatter(Trim("%(message)s"))
log.handlers[:] = [_h]


def check(t, r):
    if len(r) > 5:
        log.warning("long reply for %s", t, stack_info=True)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        check(t, r)
        out.append(r)
    return out
