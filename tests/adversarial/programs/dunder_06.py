"""__eq__ that logs, compared against a reply."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Probe:
    def __eq__(self, other):
        LOG.append("eq")
        return False

    __hash__ = None


def main():
    p = Probe()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    same = p == a
    b = af.lm_call([{"role": "user", "content": str(same)}], model="m")
    return [a, b]
