"""A class attribute shared by every instance, changed by a method: calls on two
instances touch the same list."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)


class Counter:
    seen = []  # noqa: RUF012

    def ask(self, q):
        self.seen.append(q)
        return af.lm_call([{"role": "user", "content": f"{q} #{len(self.seen)}"}], model="m")


def main(topic: str):
    x, y = Counter(), Counter()
    return [x.ask(topic + "1"), y.ask(topic + "2"), list(Counter.seen)]
