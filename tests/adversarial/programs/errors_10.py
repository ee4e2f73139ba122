"""The argument dict is mutated before a failing call: the caller's dict shows it."""

import autoform as af

CAUSE = "errors"
STATE = {"steps": []}
ARGS = (STATE,)
FAIL = {"step two"}


def main(state):
    state["steps"].append(af.lm_call([{"role": "user", "content": "step one"}], model="m"))
    state["steps"].append(af.lm_call([{"role": "user", "content": "step two"}], model="m"))
    state["steps"].append(af.lm_call([{"role": "user", "content": "step three"}], model="m"))
    return state
