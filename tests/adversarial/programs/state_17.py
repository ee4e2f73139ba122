"""A module template string rebound by a helper; the function formats with it directly."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
TEMPLATE = "Tell me about {}."


def localize():
    global TEMPLATE
    TEMPLATE = "Parle-moi de {}."


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": af.format(TEMPLATE, topic)}], model="m")
    localize()
    b = af.lm_call([{"role": "user", "content": af.format(TEMPLATE, topic)}], model="m")
    return [a, b]
