"""A retry decorator that catches the LM failure and retries with a changed prompt, via
functools.wraps; the helper is called in a list comprehension."""

import functools

import autoform as af

CAUSE = "retry decorator catches"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def retry(fn):
    @functools.wraps(fn)
    def wrapper(t):
        try:
            return fn(t)
        except Exception as exc:
            print("retry", t, type(exc).__name__)
            return fn(t.replace("a", "4"))

    return wrapper


@retry
def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    return [ask(t) for t in items]
