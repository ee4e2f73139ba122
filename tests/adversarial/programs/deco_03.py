"""The pipeline itself carries a logging decorator (functools.wraps)."""

import functools

import autoform as af

CAUSE = "decorated-helper"
ARGS = ("owl",)
LOG = []


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        LOG.append("enter")
        try:
            return fn(*args, **kwargs)
        finally:
            LOG.append("exit")

    return wrapper


@logged
def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return a + af.lm_call([{"role": "user", "content": topic + "!"}], model="m")
