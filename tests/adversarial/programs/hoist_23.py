"""A global that does not exist, concatenated after a log entry."""

import autoform as af

CAUSE = 7
ARGS = ("owl",)
LOG = []


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    LOG.append("asked " + a)
    prompt = PREFIX + topic  # noqa: F821
    return af.lm_call([{"role": "user", "content": prompt}], model="m")
