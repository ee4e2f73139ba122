"""topic: str is given None: topic.upper() raises AttributeError, but only after an
independent call that fails first."""

import autoform as af

CAUSE = 7
ARGS = (None,)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": topic.upper()}], model="m")
    return [a, b]
