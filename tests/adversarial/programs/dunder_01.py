"""An object whose __format__ logs: formatted once in an f-string that feeds two calls."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Tag:
    def __format__(self, spec):
        LOG.append("formatted")
        return "tag"


def main():
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    t = Tag()
    msg = f"{a} {t}"
    b = af.lm_call([{"role": "user", "content": msg}], model="m")
    return b
