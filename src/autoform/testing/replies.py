"""What the test server answers, in OpenAI's shapes: the `Behavior` chosen for a request (its
directives, the ``behavior`` callable, the defaults), the deterministic `default_reply`, and the
JSON bodies of a chat completion, an error and the model list."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .wire import BadRequest

__all__ = [
    "Behavior",
    "completion",
    "content_text",
    "default_reply",
    "error_body",
    "models",
    "plan",
]

_MODEL_ID = "fake-model"

# Non-greedy and DOTALL so that ``[[reply=...]]`` stops at the first ``]]`` even across lines.
_DIRECTIVE_RE = re.compile(r"\[\[(latency|status|reply)=(.*?)\]\]", re.DOTALL)


@dataclass
class Behavior:
    """How the server answers one request."""

    latency: float = 0.0
    status: int = 200
    reply: str | None = None


def content_text(message: Any) -> str:
    """The text of a chat message, flattening OpenAI content-part lists."""
    content = message.get("content") if isinstance(message, dict) else message
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content
        )
    return str(content)


def default_reply(model: str, messages: list[Any]) -> str:
    """The deterministic reply for ``model`` and ``messages``.

    A short hash of the whole conversation keeps replies to different prompts distinct even when
    their beginnings match; the echoed prompt prefix keeps test failures readable.
    """
    digest = hashlib.sha256(
        json.dumps([model, messages], sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()[:8]
    # Directives are stripped from the echo so that feeding a reply into the next prompt (as
    # pipelines do) does not silently re-apply the previous call's latency or failure.
    last = content_text(messages[-1]) if messages else ""
    snippet = " ".join(_DIRECTIVE_RE.sub("", last).split())[:40]
    return f"[{model}] {digest} {snippet}"


def plan(
    body: dict[str, Any],
    prompt: str,
    latency: float,
    behavior: Callable[[dict[str, Any]], Behavior | None] | None,
) -> Behavior:
    """How to answer the request ``body`` whose last message is ``prompt``: its directives,
    else what ``behavior`` returns, else ``latency`` and the default reply. An invalid
    directive raises `BadRequest`; whatever ``behavior`` raises propagates."""
    chosen_plan = Behavior(latency=latency)
    if behavior is not None:
        chosen = behavior(body)
        if chosen is not None:
            if not isinstance(chosen, Behavior):
                raise TypeError(f"behavior must return Behavior or None, got {chosen!r}")
            chosen_plan = dataclasses.replace(chosen)
    seen: set[str] = set()
    for name, value in _DIRECTIVE_RE.findall(prompt):
        if name in seen:
            continue
        seen.add(name)
        if name == "reply":
            chosen_plan.reply = value
            continue
        try:
            number = float(value) if name == "latency" else int(value)
        except ValueError:
            raise BadRequest(f"invalid directive [[{name}={value}]]") from None
        if name == "latency":
            if number < 0:
                raise BadRequest(f"invalid directive [[{name}={value}]]")
            chosen_plan.latency = number
        else:
            if not 200 <= number <= 599:
                raise BadRequest(f"invalid directive [[{name}={value}]]")
            chosen_plan.status = int(number)
    return chosen_plan


def _word_count(text: str) -> int:
    return len(text.split())


def completion(request_id: int, model: str, messages: list[Any], reply: str) -> dict[str, Any]:
    """A ``chat.completion`` body answering ``messages`` with ``reply``."""
    prompt_tokens = sum(_word_count(content_text(m)) for m in messages)
    completion_tokens = _word_count(reply)
    return {
        "id": f"chatcmpl-fake-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def models() -> dict[str, Any]:
    """The body of ``GET /v1/models``: the one model the server pretends to be."""
    return {
        "object": "list",
        "data": [{"id": _MODEL_ID, "object": "model", "created": 0, "owned_by": "autoform"}],
    }


def _error_type(status: int) -> tuple[str, str]:
    """OpenAI-style ``(type, code)`` for an error status, so SDKs map it to the right exception."""
    if status == 401:
        return "authentication_error", "invalid_api_key"
    if status == 403:
        return "permission_error", "permission_denied"
    if status == 404:
        return "invalid_request_error", "not_found"
    if status == 429:
        return "rate_limit_error", "rate_limit_exceeded"
    if status >= 500:
        return "server_error", "server_error"
    return "invalid_request_error", "invalid_request"


def error_body(status: int, message: str) -> dict[str, Any]:
    """An OpenAI-style error body for ``status``."""
    err_type, code = _error_type(status)
    return {"error": {"message": message, "type": err_type, "param": None, "code": code}}
