"""A call in an f-string after a field whose __format__ raises."""

import autoform as af

CAUSE = 5
ARGS = ()
FAIL = {"after"}


class Picky:
    def __format__(self, spec):
        raise LookupError("no format")


def main():
    return f"{Picky()} {af.lm_call([{'role': 'user', 'content': 'after'}], model='m')}"
