"""A keyword argument of the call is an object whose repr prints (not a class)."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs"],)


class Meta:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        print("meta", self.tag)
        return f"Meta({self.tag!r})"


def main(topics: list):
    out = []
    for t in topics:
        print("item", t)
        out.append(af.lm_call([{"role": "user", "content": t}], model="m", metadata=Meta(t)))
    return out
