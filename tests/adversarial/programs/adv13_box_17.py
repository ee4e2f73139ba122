"""A few-shot prompt: the examples list starts with the fixed shots and the loop appends
each new answer as a further shot (shots = examples), so every prompt shows all shots so far."""

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["2+2", "3+3", "4+4"],)
SHOTS = [("1+1", "2")]


def main(questions: list):
    examples = list(SHOTS)
    shots = examples
    answers = []
    for q in questions:
        shown = "\n".join(f"Q: {a}\nA: {b}" for a, b in shots)
        answer = af.lm_call([{"role": "user", "content": f"{shown}\nQ: {q}\nA:"}], model="m")
        examples.append((q, answer[-6:]))
        answers.append(answer)
    return answers
