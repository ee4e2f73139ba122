"""A staticmethod helper appends to a module list in a comprehension passed to a call."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b"],)
TRACE = []


class Util:
    @staticmethod
    def tag(x):
        TRACE.append(x)
        return f"<{x}:{len(TRACE)}>"


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    b = af.lm_call([{"role": "user", "content": " ".join([Util.tag(x) for x in items])}], model="m")
    return [a, b, list(TRACE)]
