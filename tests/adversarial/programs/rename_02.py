"""`"{draft}".format(**locals())` after rebinding draft."""

import autoform as af

CAUSE = 12
ARGS = ("tea",)


def main(topic: str):
    draft = af.lm_call([{"role": "user", "content": topic}], model="m")
    draft = af.lm_call([{"role": "user", "content": "improve " + draft}], model="m")
    return "{draft}".format(**locals())
