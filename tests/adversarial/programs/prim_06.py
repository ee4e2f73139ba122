"""A primitive reads a module dict that a helper with an LM call wrote just before."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
FACTS = {}


def learn(q):
    FACTS[q] = af.lm_call([{"role": "user", "content": q}], model="m")
    return FACTS[q]


@af.primitive
def recall(q: str) -> str:
    return FACTS.get(q, "nothing")


def main(topic: str):
    learned = learn(topic)
    remembered = recall(topic)
    return [learned, remembered]
