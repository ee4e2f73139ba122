"""__len__ that raises for an empty batch: `if len(batch)` before the call; batches are
user objects given as arguments."""

import autoform as af

CAUSE = "len dunder raises"


class Batch:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        if not self.items:
            raise ValueError("empty batch")
        return len(self.items)

    def __str__(self):
        return ",".join(self.items)


ARGS = ([Batch("owls"), Batch("cats", "dogs"), Batch(), Batch("bees")],)


def main(batches: list):
    out = []
    for b in batches:
        out.append(af.lm_call([{"role": "user", "content": f"{b} x{len(b)}"}], model="m"))
    return out
