"""The user's own `answer_2` beside a rebound `answer`: renaming must not clash."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)


def main(topic: str):
    answer = af.lm_call([{"role": "user", "content": topic}], model="m")
    answer_2 = "mine"
    answer = af.lm_call([{"role": "user", "content": answer}], model="m")
    answer_3 = answer_2 + "!"
    return [answer, answer_2, answer_3]
