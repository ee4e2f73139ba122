"""main is decorated by a class-based decorator whose instance has a printing __getattr__
(functools.update_wrapper copies attributes; inspect.unwrap reads __wrapped__)."""

import functools

import autoform as af

CAUSE = "compile reads wrapper attributes"
ARGS = ("owls",)


class Traced:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)

    def __call__(self, *a):
        return self.fn(*a)

    def __getattr__(self, name):
        print("traced getattr", name)
        raise AttributeError(name)


@Traced
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    print("start")
    return [ask(topic), ask(topic + "!")]
