"""__bool__ that logs, tested by an `if` between calls."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Flag:
    def __bool__(self):
        LOG.append("bool")
        return True


def main():
    f = Flag()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    if f:  # noqa: SIM108
        b = af.lm_call([{"role": "user", "content": a}], model="m")
    else:
        b = ""
    return b
