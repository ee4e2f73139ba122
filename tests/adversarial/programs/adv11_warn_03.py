"""Default warning filter: a warning from the same line shows once; a helper warns with
stacklevel=2 from two call sites in main."""

import warnings

import autoform as af

CAUSE = "warnings"
ARGS = ("owls",)
LOG = []


def deprecated_ask(q):
    warnings.warn("deprecated_ask is deprecated", DeprecationWarning, stacklevel=2)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        a = deprecated_ask(topic)
        b = deprecated_ask(topic + "s")
        for t in ["x", "y"]:
            deprecated_ask(t)
    LOG.append(len(caught))
    return [a, b]
