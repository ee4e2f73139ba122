"""af.format with a literal template reading an attribute that is missing, after a log."""

import autoform as af

CAUSE = 7
ARGS = ("word",)
LOG = []


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "go"}], model="m")
    LOG.append(a)
    prompt = af.format("{0.title_case}", topic)
    return af.lm_call([{"role": "user", "content": prompt}], model="m")
