"""max() over a comprehension of wrappers; only the best is kept."""

import autoform as af

CAUSE = "__del__ max over comprehension"
ARGS = (["owls", "cat", "dogs!"],)


class Box:
    def __init__(self, r):
        self.r = r

    def __del__(self):
        print("drop", self.r)


def main(items: list):
    best = max(
        [Box(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items],
        key=lambda b: len(b.r),
    )
    print("best", best.r)
    return best.r
