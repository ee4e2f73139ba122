"""__eq__ that prints: `reply in seen` compares against earlier replies (printing each
comparison), deciding whether to ask again."""

import autoform as af

CAUSE = "eq dunder prints"


class Tag:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        print("cmp", self.s[-6:], getattr(other, "s", other)[-6:])
        return self.s[:4] == getattr(other, "s", other)[:4]

    __hash__ = None


ARGS = (["owls", "cats", "owls"],)


def main(items: list):
    seen = []
    out = []
    for t in items:
        tag = Tag(af.lm_call([{"role": "user", "content": t}], model="m"))
        if tag in seen:
            out.append("dup")
        else:
            seen.append(tag)
            out.append(af.lm_call([{"role": "user", "content": "new " + t}], model="m"))
    return out
