"""A user decorator rewrites the prompt argument before the helper runs."""

import functools

import autoform as af

CAUSE = "decorator"
ARGS = (["owls", "cats"],)


def polite(fn):
    @functools.wraps(fn)
    def wrapper(q):
        return fn("please: " + q)

    return wrapper


@polite
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    a = [ask(t) for t in topics]
    return a, ask(a[0][:6])
