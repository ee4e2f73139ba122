"""A user context manager swallows ValueError; int() of a reply inside it raises; a call
after the with fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ()
FAIL = {"boom"}


class Ignore:
    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is ValueError:
            print("ignored", exc)
            return True
        return False


def main():
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    n = 0
    with Ignore():
        n = int(a)
    b = af.lm_call([{"role": "user", "content": f"boom {n}"}], model="m")
    return [n, b]
