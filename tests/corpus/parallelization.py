"""Parallelization (Anthropic cookbook, basic workflows): the same prompt over several
inputs, then one summary of the answers. The cookbook runs the inputs on a thread pool; this
is the version a user writes first, one call after another."""

from __future__ import annotations

from .util import llm_call

IMPACT_PROMPT = """Analyze how market changes will impact this stakeholder group.
Provide specific impacts and recommended actions.
Format with clear sections and priorities."""

STAKEHOLDERS = [
    """Customers:
- Price sensitive
- Want better tech
- Environmental concerns""",
    """Employees:
- Job security worries
- Need new skills
- Want clear direction""",
    """Investors:
- Expect growth
- Want cost control
- Risk concerns""",
    """Suppliers:
- Capacity constraints
- Price pressures
- Tech transitions""",
]


def parallel(prompt: str, inputs: list[str]) -> list[str]:
    """Process multiple inputs with the same prompt."""
    return [llm_call(f"{prompt}\nInput: {x}") for x in inputs]


def stakeholder_report(inputs: list[str]) -> tuple[list[str], str]:
    impacts = parallel(IMPACT_PROMPT, inputs)
    joined = "\n\n---\n\n".join(impacts)
    summary = llm_call(f"Summarize the main risks across these analyses:\n\n{joined}")
    return impacts, summary


PIPELINE = stakeholder_report
ARGS = (STAKEHOLDERS,)
SEQUENTIAL_ROUNDS = 5
# The four impact calls read only their input: 1 round together. The summary reads all four
# replies: 1 more. 2 rounds.
OPTIMAL_ROUNDS = 2
