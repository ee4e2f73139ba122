"""Under af.limits(max_concurrency=1), documents that print as they render, in a loop with a
print after it."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "cats", "dogs"],)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text)
        return self.text

    __repr__ = __str__


def main(topics: list):
    with af.limits(max_concurrency=1):
        out = []
        for t in topics:
            out.append(af.lm_call([{"role": "user", "content": Doc(t)}], model="m"))
    print("done")
    return out
