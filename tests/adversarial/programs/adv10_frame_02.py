"""inspect.getframeinfo(inspect.currentframe().f_back) names the caller of a helper."""

import inspect

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats"],)
LOG = []


def where():
    info = inspect.getframeinfo(inspect.currentframe().f_back)
    return f"{info.function}:{info.lineno}"


def ask(q):
    LOG.append(where())
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        LOG.append(where())
        out.append(ask(t))
    return out
