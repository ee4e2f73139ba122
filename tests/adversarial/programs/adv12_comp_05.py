"""main's default argument is an object whose dunders print."""

import autoform as af

CAUSE = "compile runs dunders of defaults"
ARGS = ("owls",)


class Opt:
    def __repr__(self):
        print("repr")
        return "Opt()"

    def __eq__(self, other):
        print("eq")
        return False

    __hash__ = object.__hash__

    def __bool__(self):
        print("bool")
        return True

    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)

    model = "m"


def main(topic: str, opt=Opt()):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=opt.model)
