"""af.format of a missing global, after a print."""

import autoform as af

CAUSE = 7
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("step one", a)
    prompt = af.format("{} in {}", topic, REGION)  # noqa: F821
    return af.lm_call([{"role": "user", "content": prompt}], model="m")
