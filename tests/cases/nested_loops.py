"""Nested loops: every question asked of every contract, all at once; the answers stored,
and each contract's line printed, in the order the loops as written run them."""

import autoform as af


def ask(prompt: str) -> str:
    return af.lm_call([{"role": "user", "content": prompt}], model="m")


@af.concurrent
def pipeline(contracts: list[str], questions: list[str]) -> dict:
    answers = {}
    for contract in contracts:
        print("reviewing", contract)
        for question in questions:
            prompt = f"{contract}\n\nQ: {question}\nA:"
            answers[(contract, question)] = ask(prompt).strip()
        print("done with", contract)
    return answers
