"""Pydantic extraction: a contact card per e-mail signature, parsed with
``Contact.model_validate_json`` in a try/except; on a ``ValidationError`` the model is asked
again with the errors."""

from __future__ import annotations

import json
import logging

from pydantic import BaseModel, ValidationError

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)


class Contact(BaseModel):
    name: str
    email: str
    company: str | None = None


PROMPT = """Extract the contact from this e-mail signature as JSON with the keys name, email
and company (null if absent). JSON only.

{signature}"""


def extract_contact(signature: str) -> Contact | None:
    prompt = PROMPT.format(signature=signature)
    raw = llm_call(prompt)
    try:
        return Contact.model_validate_json(raw)
    except ValidationError as err:
        log.warning("invalid contact: %s", err.error_count())
        retry = f"{prompt}\n\nYour reply failed validation:\n{err}\nFix it."
        try:
            return Contact.model_validate_json(llm_call(retry))
        except ValidationError:
            return None


def extract_contacts(signatures: list[str]) -> list[dict]:
    contacts = []
    for signature in signatures:
        contact = extract_contact(signature)
        if contact is not None:
            contacts.append(contact.model_dump())
    return contacts


def respond(prompt: str) -> str | None:
    if "e-mail signature as JSON" not in prompt:
        return None
    if "Priya" in prompt and "Fix it." not in prompt:
        return json.dumps({"name": "Priya Raman"})  # no email: a ValidationError
    first = prompt.split("JSON only.\n\n", 1)[1].split()[0]
    return json.dumps({"name": first, "email": f"{tag(prompt)}@example.com", "company": None})


SIGNATURES = [
    "Marta Lopez\nHead of Ops, Brightline\nmarta@brightline.io",
    "Priya Raman | priya.r@fastmail.com",
    "Tom\nSent from my phone",
    "Kenji Sato, CTO at Hoshi Labs, kenji@hoshi.dev",
]

PIPELINE = extract_contacts
ARGS = (SIGNATURES,)
SEQUENTIAL_ROUNDS = 5
# The four first attempts read only their signature (1 round); Priya's fails validation and
# its retry reads the error (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
