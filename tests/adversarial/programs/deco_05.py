"""A retrying decorator: the helper's first attempt fails, the second succeeds."""

import functools

import autoform as af

CAUSE = "decorated-helper"
ARGS = ("owl",)
FAIL = {"attempt 0"}


def retry(fn):
    @functools.wraps(fn)
    def wrapper(q):
        for attempt in range(3):
            try:
                return fn(f"attempt {attempt} {q}")
            except RuntimeError:
                continue
        raise RuntimeError("gave up")

    return wrapper


@retry
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    return ask(topic)
