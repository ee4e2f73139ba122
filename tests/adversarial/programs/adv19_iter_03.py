"""Loop target is an attribute whose setter prints."""

import autoform as af

CAUSE = "attribute loop target"
ARGS = (["owls", "cats", "dogs"],)


class State:
    def __init__(self):
        self._cur = None

    @property
    def cur(self):
        return self._cur

    @cur.setter
    def cur(self, v):
        print("now", v)
        self._cur = v


def main(items: list):
    s = State()
    out = []
    for s.cur in items:
        out.append(af.lm_call([{"role": "user", "content": s.cur}], model="m"))
    return out
