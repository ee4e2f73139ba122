"""Evaluator-optimizer (Anthropic cookbook): generate, evaluate, and regenerate with the
feedback until the evaluator passes the result; run for two tasks."""

from __future__ import annotations

import logging

from .client import tag
from .util import extract_xml, llm_call

log = logging.getLogger(__name__)

EVALUATOR_PROMPT = """
Evaluate this following code implementation for:
1. code correctness
2. time complexity
3. style and best practices

You should be evaluating only and not attempting to solve the task.
Only output "PASS" if all criteria are met and you have no further suggestions for improvements.
Output your evaluation concisely in the following format.

<evaluation>PASS, NEEDS_IMPROVEMENT, or FAIL</evaluation>
<feedback>
What needs improvement and why.
</feedback>
"""

GENERATOR_PROMPT = """
Your goal is to complete the task based on <user input>. If there are feedback
from your previous generations, you should reflect on them to improve your solution

Output your answer concisely in the following format:

<thoughts>
[Your understanding of the task and feedback and how you plan to improve]
</thoughts>

<response>
[Your code implementation here]
</response>
"""


def generate(prompt: str, task: str, context: str = "") -> tuple[str, str]:
    """Generate and improve a solution based on feedback."""
    full_prompt = f"{prompt}\n{context}\nTask: {task}" if context else f"{prompt}\nTask: {task}"
    response = llm_call(full_prompt)
    thoughts = extract_xml(response, "thoughts")
    result = extract_xml(response, "response")
    log.info("generated: %s", thoughts.strip())
    return thoughts, result


def evaluate(prompt: str, content: str, task: str) -> tuple[str, str]:
    """Evaluate if a solution meets requirements."""
    full_prompt = f"{prompt}\nOriginal task: {task}\nContent to evaluate: {content}"
    response = llm_call(full_prompt)
    evaluation = extract_xml(response, "evaluation")
    feedback = extract_xml(response, "feedback")
    log.info("evaluation: %s", evaluation)
    return evaluation, feedback


def loop(task: str, evaluator_prompt: str, generator_prompt: str) -> tuple[str, list[dict]]:
    """Keep generating and evaluating until requirements are met."""
    memory = []
    chain_of_thought = []

    thoughts, result = generate(generator_prompt, task)
    memory.append(result)
    chain_of_thought.append({"thoughts": thoughts, "result": result})

    while True:
        evaluation, feedback = evaluate(evaluator_prompt, result, task)
        if evaluation == "PASS":
            return result, chain_of_thought

        context = "\n".join(
            ["Previous attempts:", *[f"- {m}" for m in memory], f"\nFeedback: {feedback}"]
        )

        thoughts, result = generate(generator_prompt, task, context)
        memory.append(result)
        chain_of_thought.append({"thoughts": thoughts, "result": result})


def solve_all(tasks: dict[str, str]) -> dict[str, str]:
    solutions = {}
    for name, task in tasks.items():
        solutions[name] = loop(task, EVALUATOR_PROMPT, GENERATOR_PROMPT)[0]
    return solutions


def respond(prompt: str) -> str | None:
    if "Your goal is to complete the task" in prompt:
        revised = "-revised" if "Previous attempts:" in prompt else ""
        return (
            f"<thoughts>\nPlan {tag(prompt)}.\n</thoughts>\n"
            f"<response>\nsolution-{tag(prompt)}{revised}\n</response>"
        )
    if "Content to evaluate:" in prompt:
        if "-revised" in prompt:
            return "<evaluation>PASS</evaluation>\n<feedback>\nNone.\n</feedback>"
        return "<evaluation>NEEDS_IMPROVEMENT</evaluation>\n<feedback>\nUse O(1) ops.\n</feedback>"
    return None


TASKS = {
    "stack": "Implement a Stack with: push(x), pop(), getMin(). All operations should be O(1).",
    "queue": "Implement a Queue with two stacks: enqueue(x), dequeue(), peek().",
}

PIPELINE = solve_all
ARGS = (TASKS,)
SEQUENTIAL_ROUNDS = 8
# Per task: generate, evaluate (fails), regenerate with the feedback, evaluate (passes): each
# call reads the previous reply, a chain of 4. The two tasks share nothing: 4 rounds.
OPTIMAL_ROUNDS = 4
