"""As del_09, but the wrappers only live in a weak registry check (no __del__)."""

import weakref

import autoform as af

CAUSE = "comprehension loop var keeps last item"
ARGS = (["owls", "cats"],)


class Box:
    def __init__(self, t):
        self.t = t


def main(items: list):
    boxes = [Box(t) for t in items]
    refs = [weakref.ref(b) for b in boxes]
    rs = [af.lm_call([{"role": "user", "content": x.t}], model="m") for x in boxes]
    del boxes
    return rs, [r() is None for r in refs]
