"""A helper wrapped by a logging decorator (functools.wraps): the wrapper must still run."""

import functools

import autoform as af

CAUSE = "decorated-helper"
ARGS = ("owl",)
LOG = []


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        LOG.append(fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@logged
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    return [ask(topic), ask(topic + "?")]
