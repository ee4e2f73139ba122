"""A tool-using agent: each step the model either calls a tool ("ACTION: tool[input]") or
gives the answer ("FINAL: ..."); a while loop with a step counter, breaking on the answer.
Two questions, answered one after the other."""

from __future__ import annotations

import re

from .client import tag
from .util import llm_call

MAX_STEPS = 4

SYSTEM = """You can use tools: calculator[expr], lookup[term].
Reply with one line: either "ACTION: tool[input]" or "FINAL: answer"."""

FACTS = {"everest": "8849", "k2": "8611", "mont blanc": "4806"}


def run_tool(name: str, arg: str) -> str:
    if name == "calculator":
        a, op, b = re.match(r"\s*(\d+)\s*([-+])\s*(\d+)", arg).groups()
        return str(int(a) + int(b) if op == "+" else int(a) - int(b))
    if name == "lookup":
        return FACTS.get(arg.strip().lower(), "unknown")
    return f"no tool named {name}"


def agent(question: str) -> str:
    transcript = f"Question: {question}\n"
    step = 0
    answer = "I could not find the answer."
    while step < MAX_STEPS:
        reply = llm_call(transcript, system_prompt=SYSTEM)
        final = re.search(r"FINAL:\s*(.+)", reply)
        if final:
            answer = final.group(1).strip()
            break
        action = re.search(r"ACTION:\s*(\w+)\[(.*?)\]", reply)
        if action is None:
            transcript += f"{reply}\nObservation: reply with ACTION or FINAL.\n"
        else:
            observation = run_tool(action.group(1), action.group(2))
            transcript += f"{reply}\nObservation: {observation}\n"
        step += 1
    return answer


def ask_all(questions: list[str]) -> list[str]:
    answers = []
    for question in questions:
        answers.append(agent(question))
    return answers


def respond(prompt: str) -> str | None:
    if not prompt.startswith("Question:"):
        return None
    seen = prompt.count("Observation:")
    if "Everest" in prompt:
        plan = ["ACTION: lookup[everest]", "ACTION: lookup[k2]", "ACTION: calculator[8849 - 8611]"]
        return plan[seen] if seen < len(plan) else f"FINAL: 238 m ({tag(prompt)})"
    return "ACTION: lookup[mont blanc]" if seen == 0 else f"FINAL: 4806 m ({tag(prompt)})"


PIPELINE = ask_all
ARGS = (["How much taller is Everest than K2?", "How high is Mont Blanc?"],)
SEQUENTIAL_ROUNDS = 6
# Each step reads the transcript the previous reply and observation built, and whether
# there is a next step depends on the previous reply: each question is a chain (4 calls for
# Everest, 2 for Mont Blanc). The two questions share nothing: 4 rounds.
OPTIMAL_ROUNDS = 4
