"""Orchestrator-workers (Anthropic cookbook, ``FlexibleOrchestrator``): an orchestrator call
breaks a task into subtasks, a worker call handles each. A class, as the cookbook writes it;
the pipeline is its bound method ``process``."""

from __future__ import annotations

import logging

from .client import tag
from .util import extract_xml, llm_call

log = logging.getLogger(__name__)


def parse_tasks(tasks_xml: str) -> list[dict]:
    """Parse XML tasks into a list of task dictionaries."""
    tasks = []
    current_task: dict = {}
    for line in tasks_xml.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("<task>"):
            current_task = {}
        elif line.startswith("<type>"):
            current_task["type"] = line[6:-7].strip()
        elif line.startswith("<description>"):
            current_task["description"] = line[13:-14].strip()
        elif line.startswith("</task>") and "description" in current_task:
            if "type" not in current_task:
                current_task["type"] = "default"
            tasks.append(current_task)
    return tasks


class FlexibleOrchestrator:
    """Break down tasks and run them in parallel using worker LLMs."""

    def __init__(self, orchestrator_prompt: str, worker_prompt: str) -> None:
        self.orchestrator_prompt = orchestrator_prompt
        self.worker_prompt = worker_prompt

    def _format_prompt(self, template: str, **kwargs: str) -> str:
        try:
            return template.format(**kwargs)
        except KeyError as e:
            raise ValueError(f"Missing required prompt variable: {e}") from e

    def process(self, task: str, context: dict | None = None) -> dict:
        """Process task by breaking it down and running subtasks in parallel."""
        context = context or {}
        orchestrator_input = self._format_prompt(self.orchestrator_prompt, task=task, **context)
        orchestrator_response = llm_call(orchestrator_input)

        analysis = extract_xml(orchestrator_response, "analysis")
        tasks_xml = extract_xml(orchestrator_response, "tasks")
        tasks = parse_tasks(tasks_xml)
        log.info("orchestrator: %s; %d tasks", analysis.strip(), len(tasks))

        worker_results = []
        for task_info in tasks:
            worker_input = self._format_prompt(
                self.worker_prompt,
                original_task=task,
                task_type=task_info["type"],
                task_description=task_info["description"],
                **context,
            )
            worker_response = llm_call(worker_input)
            result = extract_xml(worker_response, "response")
            worker_results.append(
                {"type": task_info["type"], "description": task_info["description"],
                 "result": result}
            )  # fmt: skip
        return {"analysis": analysis, "worker_results": worker_results}


ORCHESTRATOR_PROMPT = """
Analyze this task and break it down into 2-3 distinct approaches:

Task: {task}

Return your response in this format:

<analysis>
Explain your understanding of the task and which variations would be valuable.
</analysis>

<tasks>
    <task>
    <type>formal</type>
    <description>Write a precise, technical version that emphasizes specifications</description>
    </task>
</tasks>
"""

WORKER_PROMPT = """
Generate content based on:
Task: {original_task}
Style: {task_type}
Guidelines: {task_description}

Return your response in this format:

<response>
Your content here, maintaining the specified style and fully addressing requirements.
</response>
"""


def respond(prompt: str) -> str | None:
    if "break it down into 2-3 distinct approaches" in prompt:
        kinds = {
            "formal": "Precise and technical",
            "conversational": "Friendly and engaging",
            "hybrid": "Technical facts in a warm voice",
        }
        tasks = "".join(
            f"<task>\n<type>{k}</type>\n<description>{d}</description>\n</task>\n"
            for k, d in kinds.items()
        )
        return f"<analysis>\nThree voices ({tag(prompt)}).\n</analysis>\n<tasks>\n{tasks}</tasks>"
    if "Generate content based on" in prompt:
        return f"<response>\nDraft {tag(prompt)}.\n</response>"
    return None


orchestrator = FlexibleOrchestrator(ORCHESTRATOR_PROMPT, WORKER_PROMPT)

PIPELINE = orchestrator.process
ARGS = ("Write a product description for a new eco-friendly water bottle",)
SEQUENTIAL_ROUNDS = 4
# The orchestrator's reply decides the subtasks (1 round); each worker reads only its subtask
# (1 round for the three). 2 rounds.
OPTIMAL_ROUNDS = 2
