"""A module global `dict` replaced by a recording function."""

import autoform as af

CAUSE = "shadowing"
ARGS = ("owl",)
LOG = []


def dict(**kw):
    LOG.append(sorted(kw))
    return kw


def main(topic: str):
    a = af.lm_call([dict(role="user", content=topic)], model="m")
    b = af.lm_call([dict(role="user", content=a)], model="m")
    return [a, b]
