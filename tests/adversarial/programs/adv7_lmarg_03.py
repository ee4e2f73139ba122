"""A str subclass whose `__str__` logs the thread it runs on."""

import threading

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
LOG = []


class Prompt(str):
    def __str__(self):
        LOG.append(threading.current_thread() is threading.main_thread())
        return str.__str__(self)

    def __repr__(self):
        return str(self)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Prompt(q)}], model="m")
    b = af.lm_call([{"role": "user", "content": Prompt(q + "s")}], model="m")
    return [a, b]
