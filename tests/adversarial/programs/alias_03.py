"""An unannotated argument list is sent and then mutated by the function."""

import autoform as af

CAUSE = "alias"
ARGS = ([{"role": "user", "content": "start"}],)


def main(history):
    a = af.lm_call([{"role": "user", "content": "other"}], model="m")
    b = af.lm_call(history, model="m")
    history.append({"role": "assistant", "content": a})
    return [b, len(history)]
