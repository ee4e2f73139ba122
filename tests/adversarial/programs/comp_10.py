"""Counter of a generator expression whose items are user objects with an effectful
`__hash__`: the hash runs between the items, and a later item's prompt reads what it did."""

from collections import Counter

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b", "c"],)
LOG = []


class Key:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        LOG.append(self.text)
        return hash(self.text)

    def __eq__(self, other):
        return isinstance(other, Key) and other.text == self.text


def main(items: list):
    prompts = (
        af.lm_call([{"role": "user", "content": f"{x} {len(LOG)}"}], model="m") for x in items
    )
    tally = Counter(Key(p) for p in prompts)
    return len(tally), LOG
