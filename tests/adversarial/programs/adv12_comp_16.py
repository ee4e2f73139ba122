"""A helper main calls has a default argument whose dunders and __getattr__ print."""

import autoform as af

CAUSE = "compile runs dunders of helper defaults"
ARGS = (["owls", "cats"],)


class Opt:
    def __getattr__(self, name):
        print("opt getattr", name)
        raise AttributeError(name)

    def __iter__(self):
        print("opt iter")
        return iter(())

    def __len__(self):
        print("opt len")
        return 0

    def __eq__(self, other):
        print("opt eq")
        return False

    __hash__ = object.__hash__
    model = "m"


def ask(q, opt=Opt()):
    return af.lm_call([{"role": "user", "content": q}], model=opt.model)


def main(topics: list):
    print("start")
    return [ask(t) for t in topics]
