"""A module-level registry object whose __getitem__ and __iter__ log; main picks a prompt
template from it."""

import autoform as af

CAUSE = "property"
ARGS = ("owls",)
LOG = []


class Templates:
    def __getitem__(self, k):
        LOG.append("get " + str(k))
        return "Summarise {}"

    def __iter__(self):
        LOG.append("iter")
        return iter(["summary"])

    def __contains__(self, k):
        LOG.append("contains")
        return True


TEMPLATES = Templates()


def main(topic: str):
    LOG.append("start")
    a = af.lm_call([{"role": "user", "content": TEMPLATES["summary"].format(topic)}], model="m")
    return a
