"""Items log to stderr through logging's last resort handler, before and after their call."""

import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
log = logging.getLogger("u4")
log.propagate = False


def main(items: list[str]):
    out = []
    for it in items:
        log.warning("start %s", it)
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        log.warning("got %s", r)
        out.append(r)
    return out
