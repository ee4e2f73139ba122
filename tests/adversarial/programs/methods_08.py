"""`.pop` on an object of the user's (a queue with an effect) between calls."""

import autoform as af

CAUSE = 4
ARGS = ("tasks",)
LOG = []


class Queue:
    def __init__(self, items):
        self.items = list(items)

    def pop(self):
        item = self.items.pop(0)
        LOG.append(item)
        return item


def main(topic: str):
    q = Queue(["one", "two", "three"])
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    first = q.pop()
    b = af.lm_call([{"role": "user", "content": a + first}], model="m")
    second = q.pop()
    return [b, second, q.items]
