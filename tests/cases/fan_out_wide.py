"""A wide fan-out: one call per item, all items at once unless a cap says otherwise."""

import autoform as af


@af.concurrent
def pipeline(items: list) -> list:
    answers = []
    for item in items:
        answers.append(af.lm_call([{"role": "user", "content": f"item {item}"}], model="m"))
    return answers
