"""Structured extraction: invoice fields as JSON into a dataclass, with a retry that tells
the model its reply was not JSON."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)


@dataclass
class Invoice:
    vendor: str
    total: float
    currency: str
    due: str


EXTRACT_TEMPLATE = """Extract the invoice's fields as JSON with the keys vendor, total,
currency and due (YYYY-MM-DD).

Invoice:
{document}"""


def extract(document: str, retries: int = 2) -> Invoice | None:
    prompt = EXTRACT_TEMPLATE.format(document=document)
    for attempt in range(retries):
        raw = llm_call(prompt, system_prompt="You extract data. Reply with JSON only.")
        try:
            return Invoice(**json.loads(raw))
        except (json.JSONDecodeError, TypeError) as exc:
            log.warning("attempt %d: not an invoice: %s", attempt, exc)
            prompt = f"{prompt}\n\nYour last reply was not valid JSON ({exc}). Try again."
    return None


def extract_all(documents: list[str]) -> list[Invoice | None]:
    invoices = []
    for document in documents:
        invoices.append(extract(document))
    return invoices


def respond(prompt: str) -> str | None:
    if "Extract the invoice's fields" not in prompt:
        return None
    if "SCANNED" in prompt and "Try again" not in prompt:
        return "Sorry, the scan is hard to read. The vendor seems to be Acme."
    digest = tag(prompt)
    fields = {"vendor": f"Vendor {digest}", "total": 100 + int(digest[:2], 16), "currency": "EUR"}
    return json.dumps({**fields, "due": "2026-01-31"})


DOCUMENTS = [
    "ACME GmbH, invoice 2291, 3 widgets, total EUR 240.00, due 2026-01-31",
    "Globex Ltd, invoice A-17, consulting, 12 hours, total EUR 1,440.00",
    "SCANNED: Initech ... invoice ... total ... 980 ... due ... February",
    "Umbrella Corp, invoice 5521, lab supplies, total EUR 77.10, net 30",
]

PIPELINE = extract_all
ARGS = (DOCUMENTS,)
SEQUENTIAL_ROUNDS = 5
# Each document's first attempt reads only the document (1 round for all 4); the scanned
# one's reply is not JSON, and its retry reads that failure (1 more). 2 rounds.
OPTIMAL_ROUNDS = 2
