"""Prompt chaining (Anthropic cookbook, basic workflows): each step's output is the next
step's input; two reports go through the same chain."""

from __future__ import annotations

import logging

from .util import llm_call

log = logging.getLogger(__name__)

DATA_PROCESSING_STEPS = [
    """Extract only the numerical values and their associated metrics from the text.
Format each as 'value: metric' on a new line.""",
    """Convert all numerical values to percentages where possible.
If not a percentage or points, convert to decimal (e.g., 92 points -> 92%).""",
    """Sort all lines in descending order by numerical value.
Keep the format 'value: metric' on each line.""",
    """Format the sorted data as a markdown table with columns:
| Metric | Value |""",
]


def chain(input: str, prompts: list[str]) -> str:
    """Chain multiple LLM calls sequentially, passing results between steps."""
    result = input
    for i, prompt in enumerate(prompts, 1):
        log.info("Step %d", i)
        result = llm_call(f"{prompt}\nInput: {result}")
    return result


def process_reports(reports: list[str]) -> list[str]:
    tables = []
    for report in reports:
        tables.append(chain(report, DATA_PROCESSING_STEPS))
    return tables


REPORTS = [
    """Q3 Performance Summary: Our customer satisfaction score rose to 92 points this quarter.
Revenue grew by 45% compared to last year. Market share is now at 23% in our primary market.
Customer churn decreased to 5% from 8%.""",
    """Q4 Operations: Average response time fell to 3 hours. Net promoter score reached 61.
Employee retention held at 94%. Cloud costs dropped 12% after the migration.""",
]

PIPELINE = process_reports
ARGS = (REPORTS,)
SEQUENTIAL_ROUNDS = 8
# Within a report each step's prompt holds the previous step's reply: a chain of 4. The two
# reports share nothing (the log lines only need `i`, and logs are ordered among themselves,
# not against calls), so both chains run side by side: 4 rounds.
OPTIMAL_ROUNDS = 4
