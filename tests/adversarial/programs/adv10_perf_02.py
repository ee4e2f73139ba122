"""A fan-out of 200 items where only the system prompt is an object (a class instance whose
str is fixed); the user message is plain."""

import autoform as af

CAUSE = "performance"
ARGS = ([f"topic {i}" for i in range(200)],)


class Prompt:
    def __str__(self):
        return "be brief"

    __repr__ = __str__


SYSTEM = Prompt()


def main(topics: list):
    return [
        af.lm_call(
            [{"role": "system", "content": SYSTEM}, {"role": "user", "content": t}], model="m"
        )
        for t in topics
    ]
