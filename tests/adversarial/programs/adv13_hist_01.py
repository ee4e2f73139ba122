"""Chat history reused: a system message and a user message are appended, the call is made,
and the user message is popped again before the next question."""

import autoform as af

CAUSE = "history append pop"
ARGS = (["owls", "cats", "dogs"],)


def main(questions: list):
    history = [{"role": "system", "content": "be brief"}]
    answers = []
    for q in questions:
        history.append({"role": "user", "content": q})
        answers.append(af.lm_call(history, model="m"))
        history.pop()
    return answers, len(history)
