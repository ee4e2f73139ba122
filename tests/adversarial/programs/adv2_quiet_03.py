"""A helper joins what it is given with ', ': a user iterable whose __iter__ prints, after
an independent call that fails; the helper is called as a method of a module object."""

import autoform as af

CAUSE = 7
FAIL = {"boom"}


class Tags:
    def __iter__(self):
        print("iter")
        return iter(["a", "b"])


class Fmt:
    def join(self, xs):
        return ", ".join(xs)


ARGS = (Tags(),)
FMT = Fmt()


def main(tags):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": FMT.join(tags)}], model="m")
    return [a, b]
