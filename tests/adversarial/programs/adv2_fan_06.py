"""A user context manager prints the exception type at exit; inside it a call fails before
an int() that would raise."""

import autoform as af

CAUSE = "deferred"
ARGS = ()
FAIL = {"boom"}


class Report:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, exc, tb):
        print("exit", kind.__name__ if kind else None)
        return False


def main():
    with Report():
        a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
        b = af.lm_call([{"role": "user", "content": "two"}], model="m")
        n = int(b)
    return [a, n]
