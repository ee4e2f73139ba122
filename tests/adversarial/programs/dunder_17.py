"""A logging __format__ in a chained call's prompt, after a log entry in program order."""

import autoform as af

CAUSE = 16
LOG = []


class Tag:
    def __format__(self, spec):
        LOG.append("format")
        return "tag"


ARGS = (Tag(),)


def main(t):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    LOG.append("between")
    y = af.lm_call([{"role": "user", "content": f"{b} {t}"}], model="m")
    return [x, y]
