"""A logging.Filter counts records into a module dict; a later call reads the count."""

import logging

import autoform as af

CAUSE = "output"
ARGS = ()
COUNTS = {"info": 0}


class Count(logging.Filter):
    def filter(self, record):
        COUNTS["info"] += 1
        return False


log = logging.getLogger(__name__)
log.addFilter(Count())
log.setLevel(logging.INFO)
log.propagate = False


def main():
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    log.info("a done")
    b = af.lm_call([{"role": "user", "content": f"count {COUNTS['info']}"}], model="m")
    return [a, b]
