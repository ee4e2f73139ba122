"""Items log before and print after their call; a log and an independent call with a
print after the loop: output in program order."""

import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main(items: list[str]):
    out = []
    for x in items:
        log.info("item %s", x)
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        print("got", r)
        out.append(r)
    log.info("loop done")
    other = af.lm_call([{"role": "user", "content": "other"}], model="m")
    print("other", other)
    return [out, other]
