"""The pipeline is made by a factory and closes over its model and a counter cell."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)


def make(model):
    calls = 0

    def pipeline(topic):
        nonlocal calls
        calls += 1
        a = af.lm_call([{"role": "user", "content": topic}], model=model)
        b = af.lm_call([{"role": "user", "content": f"{a} #{calls}"}], model=model)
        return [a, b, calls]

    return pipeline


main = make("fm")
