"""`!r` in an f-string on an object whose __repr__ logs."""

import autoform as af

CAUSE = 7
ARGS = ()
LOG = []


class Noted:
    def __repr__(self):
        LOG.append("repr")
        return "Noted()"


def main():
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    LOG.append("after first")
    text = f"{Noted()!r}"
    return af.lm_call([{"role": "user", "content": a + text}], model="m")
