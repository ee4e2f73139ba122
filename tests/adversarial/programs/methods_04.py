"""`.get` on a counting store: how many reads happened is visible state."""

import autoform as af

CAUSE = 4
ARGS = ("plums",)
FAIL = {"plums"}
READS = [0]


class Store:
    def get(self, key, default=None):
        READS[0] += 1
        return default


def main(topic: str):
    s = Store()
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = s.get("x", "y")
    return a + b
