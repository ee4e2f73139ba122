"""Exception __traceback__ frame names after a failure in a fanned loop item."""
import traceback

import autoform as af

CAUSE = "traceback frames via extract_tb in fanned loop"
ARGS = (["a", "b", "c"],)
FAIL = ["b"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    try:
        for x in xs:
            out.append(ask(x))
    except af.LMFailure as e:
        out.append([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__) if "adv23d" in f.filename])
    return out
