"""The loop unpacks items that are user objects with a logging __iter__."""

import autoform as af

CAUSE = "dunder"
ARGS = None
LOG = []


class Job:
    def __init__(self, topic, style):
        self.topic, self.style = topic, style

    def __iter__(self):
        LOG.append("unpack " + self.topic)
        return iter((self.topic, self.style))


ARGS = ([Job("owls", "brief"), Job("cats", "warm"), Job("dogs", "dry")],)


def main(jobs: list):
    out = []
    for topic, style in jobs:
        r = af.lm_call([{"role": "user", "content": f"{style} {topic}"}], model="m")
        LOG.append("got " + topic)
        out.append(r)
    return out
