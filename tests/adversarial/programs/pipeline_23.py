"""A nested def calls a helper that asks the model; the function calls it twice."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    def about(x):
        return ask("about " + x)

    a = ask(topic)
    return [about(a), about(topic)]
