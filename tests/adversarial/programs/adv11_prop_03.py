"""A rate-limited key pool: its `current` property hands out the next key each read; a
helper asks with the current key as a tag."""

import autoform as af

CAUSE = "property"
ARGS = (["owls", "cats"],)


class Pool:
    def __init__(self):
        self.i = 0

    @property
    def current(self):
        self.i += 1
        return f"key{self.i}"


POOL = Pool()


def ask(q):
    return af.lm_call([{"role": "user", "content": f"[{POOL.current}] {q}"}], model="m")


def main(topics: list):
    return [ask(t) for t in topics]
