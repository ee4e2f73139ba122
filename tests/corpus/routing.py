"""Routing (Anthropic cookbook, basic workflows): classify each support ticket, then answer
it with the prompt of the team it was routed to."""

from __future__ import annotations

import logging

from .client import tag
from .util import extract_xml, llm_call

log = logging.getLogger(__name__)

SUPPORT_ROUTES = {
    "billing": """You are a billing support specialist. Follow these guidelines:
1. Always start with "Billing Support Response:"
2. First acknowledge the specific billing issue
3. Explain any charges or discrepancies clearly""",
    "technical": """You are a technical support engineer. Follow these guidelines:
1. Always start with "Technical Support Response:"
2. List exact steps to resolve the issue""",
    "account": """You are an account security specialist. Follow these guidelines:
1. Always start with "Account Support Response:"
2. Prioritize account security and verification""",
}


def route(input: str, routes: dict[str, str]) -> str:
    """Route input to specialized prompt using content classification."""
    selector_prompt = f"""
    Analyze the input and select the most appropriate support team from these options: {list(routes.keys())}
    First explain your reasoning, then provide your selection in this XML format:

    <reasoning>
    Brief explanation of why this ticket should be routed to a specific team.
    </reasoning>

    <selection>
    The chosen team name
    </selection>

    Input: {input}""".strip()  # noqa: E501 (the cookbook's prompt, as written)

    route_response = llm_call(selector_prompt)
    reasoning = extract_xml(route_response, "reasoning")
    route_key = extract_xml(route_response, "selection").strip().lower()
    log.info("Routing analysis: %s -> %s", reasoning.strip(), route_key)

    selected_prompt = routes[route_key]
    return llm_call(f"{selected_prompt}\nInput: {input}")


def handle_tickets(tickets: list[str]) -> list[str]:
    responses = []
    for ticket in tickets:
        responses.append(route(ticket, SUPPORT_ROUTES))
    return responses


def respond(prompt: str) -> str | None:
    if "select the most appropriate support team" not in prompt:
        return None
    ticket = prompt.rpartition("Input:")[2].lower()
    team = "billing" if "charge" in ticket else "technical" if "error" in ticket else "account"
    return f"<reasoning>\nThe ticket ({tag(ticket)}) is about {team}.\n</reasoning>\n" + (
        f"<selection>\n{team.title()}\n</selection>"
    )


TICKETS = [
    "Subject: Can't access my account\nI keep getting an 'invalid password' error. - John",
    "Subject: Unexpected charge on my card\nI was charged twice for my subscription. - Sarah",
    "Subject: Someone changed my email\nI got a notice that my login email changed. - Chris",
]

PIPELINE = handle_tickets
ARGS = (TICKETS,)
SEQUENTIAL_ROUNDS = 6
# Per ticket: the selector call, then the routed call, which needs the selection (2 in a
# chain). The tickets are independent: 2 rounds.
OPTIMAL_ROUNDS = 2
