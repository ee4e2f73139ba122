"""__hash__ that logs, used as a dict key after a call."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class K:
    def __hash__(self):
        LOG.append("hash")
        return 7


def main():
    k = K()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    d = {k: a}
    b = af.lm_call([{"role": "user", "content": str(len(d))}], model="m")
    return b
