"""A prompt built by an f-string in its own statement, for a call that starts as a chain."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Tag:
    def __format__(self, spec):
        LOG.append("format")
        return "tag"


def main():
    t = Tag()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    msg = f"{b} {t}"
    y = af.lm_call([{"role": "user", "content": msg}], model="m")
    return [x, y, msg]
