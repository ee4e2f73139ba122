"""warnings.warn with default stacklevel inside a fanned loop."""
import warnings

import autoform as af

CAUSE = "warning location in fanned loop"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        for x in xs:
            r = ask(x)
            warnings.warn("w " + r)
            out.append(r)
    return out, [(str(w.message), w.lineno, w.filename.rsplit("/", 1)[-1]) for w in ws]
