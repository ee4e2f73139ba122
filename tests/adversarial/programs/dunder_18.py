"""One prompt with a logging __format__ feeds two calls that each wait on an earlier reply."""

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
    msg = f"{b} {t}"
    y = af.lm_call([{"role": "user", "content": msg}], model="m")
    z = af.lm_call([{"role": "user", "content": msg + "!"}], model="m")
    return [x, y, z]
