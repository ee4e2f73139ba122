"""format_map with a dict subclass whose __missing__ logs the missing key."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
LOG = []


class Defaults(dict):
    def __missing__(self, key):
        LOG.append("missing " + key)
        return "?"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    LOG.append("asked")
    prompt = "{topic} / {tone}".format_map(Defaults(topic=a))
    b = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return b
