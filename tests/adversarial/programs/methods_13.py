"""In a loop, `.strip` on a user object with an effect after the item's call; item 2 fails."""

import autoform as af

CAUSE = 4
ARGS = (["one", "two-FAIL", "three"],)
FAIL = {"two-FAIL"}


class Cleaner:
    def strip(self, text):
        print("cleaned", text)
        return text.strip()


def main(items: list):
    c = Cleaner()
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        out.append(c.strip(r))
    return out
