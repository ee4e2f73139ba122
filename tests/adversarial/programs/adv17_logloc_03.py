"""A warning issued by a helper with stacklevel=2 points at its caller's line, which the
default formatwarning prints to stderr along with the source line."""

import warnings

import autoform as af

CAUSE = "warning stacklevel location"
ARGS = (["owls", "a long topic indeed", "cats"],)


def check(r):
    if len(r) > 20:
        warnings.warn(f"long reply ({len(r)})", stacklevel=2)
    return r


def main(items: list):
    out = []
    for t in items:
        out.append(check(af.lm_call([{"role": "user", "content": t}], model="m")))
    return out
