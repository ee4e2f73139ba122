"""Exception __traceback__ frame names listed after a failure in a comprehension."""
import traceback

import autoform as af

CAUSE = "traceback frames via extract_tb"
ARGS = (["a", "b", "c"],)
FAIL = ["b"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    try:
        return [ask(x) for x in xs]
    except af.LMFailure as e:
        return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__) if "adv23d" in f.filename]
