"""A callable class whose `__call__` is a functools.partialmethod."""

import functools

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)


class Tool:
    def _ask(self, q, prefix):
        return af.lm_call([{"role": "user", "content": prefix + q}], model="m")

    __call__ = functools.partialmethod(_ask, prefix="tool: ")


tool = Tool()


def main(q: str):
    a = tool(q)
    b = tool(a[:6])
    return [a, b]
