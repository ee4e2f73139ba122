"""__format__ that logs, in an f-string whose call must wait for an earlier reply (a chain)."""

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
    c = af.lm_call([{"role": "user", "content": f"{a} {t}"}], model="m")
    d = af.lm_call([{"role": "user", "content": b}], model="m")
    return [c, d]
