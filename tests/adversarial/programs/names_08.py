"""A factory's pipeline closes over a setting the factory lets callers change later."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)


def make():
    tone = "plain"

    def set_tone(t):
        nonlocal tone
        tone = t

    def pipeline(topic):
        a = af.lm_call([{"role": "user", "content": f"({tone}) {topic}"}], model="m")
        set_tone("bold")
        b = af.lm_call([{"role": "user", "content": f"({tone}) {topic}"}], model="m")
        return [a, b]

    return pipeline


main = make()
