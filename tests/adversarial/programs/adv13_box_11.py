"""The results list is also the `history` entry of a state dict; the state dict is dumped
into each prompt as context (the realistic form of an alias)."""

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["What is an owl?", "And a cat?", "And a dog?"],)


def main(questions: list):
    answers = []
    state = {"user": "ann", "history": answers}
    for q in questions:
        prompt = "History:\n{}\nQ: {}".format("\n".join(state["history"]), q)
        answers.append(af.lm_call([{"role": "user", "content": prompt}], model="m"))
    return answers
