"""warnings.warn with stacklevel=2 in a helper called from a fanned loop."""
import warnings

import autoform as af

CAUSE = "warning location stacklevel 2"
ARGS = (["a", "b"],)

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    warnings.warn("w " + r, stacklevel=2)
    return r

def main(xs):
    out = []
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        for x in xs:
            out.append(ask(x))
    return out, [(str(w.message), w.lineno, w.filename.rsplit("/", 1)[-1]) for w in ws]
