"""warnings.warn(stacklevel=2) in a helper called in a fanned-out loop; warning goes to stdout."""

import warnings

import autoform as af

CAUSE = "warnings stacklevel in loop helper"
ARGS = (["owls", "cats"],)


def chk(r):
    warnings.warn("odd " + r, UserWarning, stacklevel=2)
    return r


def main(items):
    warnings.simplefilter("always")
    warnings.showwarning = lambda m, c, f, n, file=None, line=None: print(c.__name__, m, f.rsplit("/", 1)[-1], n)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(chk(r))
    return out
