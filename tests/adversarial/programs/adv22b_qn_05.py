"""A user nested function named like the generated item function (_each_t), defined in the loop."""

import autoform as af

CAUSE = "user def named _each_t"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        def _each_t(x):
            return x + "?"
        out.append((_each_t.__qualname__, _each_t(af.lm_call([{"role": "user", "content": t}], model="m"))))
    return out
