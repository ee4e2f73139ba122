"""Due diligence: every question asked of every contract (nested loops), a per-contract
summary of its answers, and a memo comparing the contracts."""

from __future__ import annotations

from dataclasses import dataclass

from .util import llm_call


@dataclass
class Contract:
    title: str
    body: str


QUESTIONS = [
    "What is the termination notice period?",
    "Is there a liability cap, and how much?",
    "Which law governs the contract?",
]


def review(contracts: list[Contract]) -> str:
    answers: dict[tuple[str, str], str] = {}
    for contract in contracts:
        for question in QUESTIONS:
            prompt = f"Contract '{contract.title}':\n{contract.body}\n\nQ: {question}\nA:"
            answers[(contract.title, question)] = llm_call(prompt).strip()
    summaries = []
    for contract in contracts:
        qa = "\n".join(f"{q} {answers[(contract.title, q)]}" for q in QUESTIONS)
        summaries.append(llm_call(f"Summarise the risks of '{contract.title}':\n{qa}"))
    return llm_call("Write a memo comparing these contracts:\n\n" + "\n\n".join(summaries))


CONTRACTS = [
    Contract("Hosting MSA", "Either party may terminate with 90 days notice. Liability is "
             "capped at fees paid in the prior 12 months. Governed by Irish law."),
    Contract("Data Processing Addendum", "Terminates with the MSA. No cap applies to "
             "breaches of data protection obligations. Governed by the laws of England."),
]  # fmt: skip

PIPELINE = review
ARGS = (CONTRACTS,)
SEQUENTIAL_ROUNDS = 9
# The six answers read only their contract and question (1 round); each summary reads its
# contract's three answers (1 round); the memo reads both summaries (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
