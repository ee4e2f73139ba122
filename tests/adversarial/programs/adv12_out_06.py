"""A counting filter is added in the body; the loop logs; each second call quotes the
filter's count."""

import logging

import autoform as af

CAUSE = "output filter count"
ARGS = (["owls", "cats", "dogs"],)


class Count(logging.Filter):
    def __init__(self):
        super().__init__()
        self.n = 0

    def filter(self, record):
        self.n += 1
        return False


log = logging.getLogger(__name__)
log.setLevel(logging.INFO)


def main(topics: list):
    c = Count()
    log.addFilter(c)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {c.n}"}], model="m"))
    return out
