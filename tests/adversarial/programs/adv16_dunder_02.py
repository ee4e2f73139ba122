"""A reply wrapper whose __bool__ prints: `if wrapper:` inside the loop decides whether to
ask a follow-up."""

import autoform as af

CAUSE = "bool dunder prints"
ARGS = (["owls", "x", "dogs"],)


class Reply:
    def __init__(self, text):
        self.text = text

    def __bool__(self):
        print("checking", self.text[:8])
        return len(self.text) > 10


def main(items: list):
    out = []
    for t in items:
        rep = Reply(af.lm_call([{"role": "user", "content": t}], model="m"))
        if rep:
            out.append(af.lm_call([{"role": "user", "content": "more " + t}], model="m"))
        else:
            print("skip", t)
    return out
