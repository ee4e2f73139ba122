"""A retry decorator (functools.wraps) on the helper; the first attempt of one item fails."""

import functools

import autoform as af

CAUSE = "retry decorator"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats try0"]


def retry(n):
    def deco(f):
        @functools.wraps(f)
        def wrapper(t):
            for i in range(n):
                try:
                    return f(t, i)
                except RuntimeError as e:
                    print("retry", t, e)
            raise RuntimeError("gave up")

        return wrapper

    return deco


@retry(2)
def ask(t, i):
    return af.lm_call([{"role": "user", "content": f"{t} try{i}"}], model="m")


def main(items: list):
    return [ask(t) for t in items]
