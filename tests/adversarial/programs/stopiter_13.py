"""next() that cannot raise: on a literal list built in the function (precision)."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def main(topic: str):
    steps = iter(["outline", "draft", "polish"])
    a = af.lm_call([{"role": "user", "content": topic + next(steps)}], model="m")
    b = af.lm_call([{"role": "user", "content": a + next(steps)}], model="m")
    return [a, b]
