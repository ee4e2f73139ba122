"""list(map(helper, items)) with a helper that logs after its call."""

import autoform as af

CAUSE = 3
ARGS = (["u", "v", "w"],)
LOG = []


def ask_logged(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    LOG.append(r)
    return r


def main(items: list):
    return list(map(ask_logged, items))
