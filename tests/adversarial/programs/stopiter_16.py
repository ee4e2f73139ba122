"""A method of the user's own queue class calls next() on an empty iterator; not caught."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


class Queue:
    def __init__(self, items):
        self.it = iter(items)

    def pop(self):
        return next(self.it)


def main(topics: list[str]):
    q = Queue(topics)
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    return a + q.pop()
