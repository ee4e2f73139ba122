"""What the test server answers, in OpenAI's and Anthropic's shapes: the `Behavior` chosen for a
request (its directives, the ``behavior`` callable, the defaults), the deterministic
`default_reply`, and the JSON bodies of a chat completion (tool calls, structured output, ``n``
choices, streamed chunks), a Responses API response, an Anthropic message, an error and the
model list."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .schema import instance
from .wire import BadRequest

__all__ = [
    "Behavior",
    "anthropic_error_body",
    "anthropic_message",
    "chat_chunks",
    "chat_completion",
    "completion",
    "content_text",
    "default_reply",
    "error_body",
    "models",
    "plan",
    "responses_body",
]

_MODEL_ID = "fake-model"

# Non-greedy and DOTALL so that ``[[reply=...]]`` stops at the first ``]]`` even across lines.
_DIRECTIVE_RE = re.compile(r"\[\[(latency|status|reply|tool)=(.*?)\]\]", re.DOTALL)


@dataclass
class Behavior:
    """How the server answers one request: after ``latency`` seconds, with HTTP ``status``;
    ``reply`` replaces the default text (verbatim, also as structured output or as a tool
    call's arguments); ``tool`` names a tool of the request to call even when the request
    leaves the choice to the model."""

    latency: float = 0.0
    status: int = 200
    reply: str | None = None
    tool: str | None = None


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
        if name == "tool":
            chosen_plan.tool = value.strip()
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
    return chat_completion(request_id, {}, model, messages, Behavior(reply=reply))


# ======================================================================================
# REQUESTS: the model and the conversation each API sends, as chat messages (what the
# default reply is derived from, and what a `RequestRecord` keeps)
# ======================================================================================


def chat_request(body: dict[str, Any]) -> tuple[str, list[Any]]:
    """``(model, messages)`` of a chat-completions request; `BadRequest` when missing."""
    model, messages = body.get("model"), body.get("messages")
    if not isinstance(model, str) or not isinstance(messages, list) or not messages:
        raise BadRequest("'model' (string) and 'messages' (non-empty list) are required")
    return model, messages


def responses_request(body: dict[str, Any]) -> tuple[str, list[Any]]:
    """``(model, messages)`` of a Responses API request: ``instructions`` as a system message,
    then ``input`` (a string is one user message; of a list, the items with a role)."""
    model, given = body.get("model"), body.get("input")
    if not isinstance(model, str) or not isinstance(given, str | list) or not given:
        raise BadRequest("'model' (string) and 'input' (string or non-empty list) are required")
    items = [{"role": "user", "content": given}] if isinstance(given, str) else given
    messages = [m for m in items if isinstance(m, dict) and "role" in m]
    return model, _with_system(body.get("instructions"), messages or items)


def anthropic_request(body: dict[str, Any]) -> tuple[str, list[Any]]:
    """``(model, messages)`` of an Anthropic Messages API request, ``system`` as the first
    message; `BadRequest` as the API answers a request without ``max_tokens``."""
    model, messages = body.get("model"), body.get("messages")
    if not isinstance(model, str) or not isinstance(messages, list) or not messages:
        raise BadRequest("'model' (string) and 'messages' (non-empty list) are required")
    if not isinstance(body.get("max_tokens"), int):
        raise BadRequest("max_tokens: Field required")
    return model, _with_system(body.get("system"), messages)


def _with_system(system: Any, messages: list[Any]) -> list[Any]:
    return [{"role": "system", "content": system}, *messages] if system else list(messages)


# ======================================================================================
# ANSWERS: tool calls when the request offers tools and asks for one, JSON valid for the
# schema when it asks for structured output, ``n`` choices, usage
# ======================================================================================


def _tools(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The request's function tools by name, with their parameters' schema (chat nests them
    under ``function``; the Responses API and Anthropic do not)."""
    found: dict[str, dict[str, Any]] = {}
    for tool in body.get("tools") or ():
        spec = tool.get("function", tool) if isinstance(tool, dict) else None
        if isinstance(spec, dict) and isinstance(spec.get("name"), str):
            found[spec["name"]] = spec.get("parameters") or spec.get("input_schema") or {}
    return found


def _answered(messages: list[Any]) -> bool:
    """Whether the conversation already holds a tool's result (the model then answers)."""
    for message in messages:
        if not isinstance(message, dict):
            continue
        if message.get("role") in ("tool", "function"):
            return True
        if message.get("type") == "function_call_output":
            return True
        parts = message.get("content")
        if isinstance(parts, list) and any(
            isinstance(p, dict) and p.get("type") == "tool_result" for p in parts
        ):
            return True
    return False


def _tool_to_call(
    body: dict[str, Any], messages: list[Any], behavior: Behavior
) -> tuple[str, dict[str, Any]] | None:
    """The tool the reply calls, with its parameters' schema, or ``None`` for a text reply.

    ``tool_choice`` decides: ``"none"`` never, a named function that one, ``"required"`` (or
    Anthropic's ``any``) the first tool; left to the model (``"auto"``, absent), the first
    tool until the conversation holds a tool's result, so a tool loop ends. ``behavior.tool``
    (``[[tool=name]]``) picks another tool unless the request says ``"none"``.
    """
    tools = _tools(body)
    if not tools:
        return None
    choice = body.get("tool_choice", "auto")
    named: str | None = None
    if isinstance(choice, dict):
        function = choice.get("function")
        named = choice.get("name") or (function.get("name") if isinstance(function, dict) else None)
        choice = choice.get("type", "auto") if named is None else "named"
    if choice == "none":
        return None
    if behavior.tool:
        named = behavior.tool
    elif named is None and (choice in ("required", "any") or not _answered(messages)):
        named = next(iter(tools))
    if named is None:
        return None
    if named not in tools:
        raise BadRequest(f"the reply should call tool {named!r}, which the request does not offer")
    return named, tools[named]


def _json_schema(fmt: Any) -> dict[str, Any] | None:
    """The schema a structured-output format asks for (JSON mode: an object with a
    ``reply``), or ``None`` for text. Chat nests it under ``json_schema``; the Responses API
    and Anthropic do not."""
    if not isinstance(fmt, dict):
        return None
    if fmt.get("type") == "json_schema":
        inner = fmt.get("json_schema", fmt)
        schema = inner.get("schema") if isinstance(inner, dict) else None
        return schema if isinstance(schema, dict) else {"type": "object"}
    if fmt.get("type") == "json_object":
        return {"type": "object", "properties": {"reply": {"type": "string"}}}
    return None


def _texts(model: str, messages: list[Any], behavior: Behavior, n: int) -> list[str]:
    """The text of each of ``n`` choices: a reply forced by ``behavior`` in every one, else
    the default reply, marked ``#2``, ``#3``... after the first, as samples differ."""
    if behavior.reply is not None:
        return [behavior.reply] * n
    text = default_reply(model, messages)
    return [text if i == 0 else f"{text} #{i + 1}" for i in range(n)]


def _content(schema: dict[str, Any] | None, text: str, behavior: Behavior) -> str:
    if schema is None or behavior.reply is not None:
        return text
    return json.dumps(instance(schema, text), ensure_ascii=False)


def _arguments(schema: dict[str, Any], text: str, behavior: Behavior) -> Any:
    """A tool call's arguments, as an object: the forced reply when it is JSON, else a value
    of the tool's schema."""
    if behavior.reply is not None:
        with contextlib.suppress(ValueError):
            return json.loads(behavior.reply)
    return instance(schema, text)


def _choice_count(body: dict[str, Any]) -> int:
    n = body.get("n", 1)
    if n is None:
        return 1
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 128:
        raise BadRequest(f"n must be an integer from 1 to 128, got {n!r}")
    return n


def chat_completion(
    request_id: int, body: dict[str, Any], model: str, messages: list[Any], behavior: Behavior
) -> dict[str, Any]:
    """The ``chat.completion`` answering ``body``: ``n`` choices, each a tool call (see
    `_tool_to_call`) or a message, JSON valid for ``response_format``'s schema when it asks
    for one; usage counts words."""
    n = _choice_count(body)
    tool = _tool_to_call(body, messages, behavior)
    schema = _json_schema(body.get("response_format"))
    choices = []
    for index, text in enumerate(_texts(model, messages, behavior, n)):
        message: dict[str, Any] = {"role": "assistant", "content": None}
        if tool is not None:
            name, parameters = tool
            arguments = behavior.reply
            if arguments is None:
                arguments = json.dumps(_arguments(parameters, text, behavior), ensure_ascii=False)
            call_id = f"call_fake_{request_id}_{index}"
            function = {"name": name, "arguments": arguments}
            message["tool_calls"] = [{"id": call_id, "type": "function", "function": function}]
            finish, said = "tool_calls", arguments
        else:
            message["content"] = said = _content(schema, text, behavior)
            finish = "stop"
        choice = {"index": index, "message": message, "logprobs": None, "finish_reason": finish}
        choices.append((choice, said))
    prompt_tokens = sum(_word_count(content_text(m)) for m in messages)
    completion_tokens = sum(_word_count(said) for _, said in choices)
    return {
        "id": f"chatcmpl-fake-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fake",
        "choices": [choice for choice, _ in choices],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def chat_chunks(completion: dict[str, Any], *, include_usage: bool) -> list[dict[str, Any]]:
    """``completion`` as the ``chat.completion.chunk`` events of a streamed reply: per choice
    the role, the text word by word (or the tool calls whole), the finish reason; then the
    usage when ``stream_options.include_usage`` asked for it."""
    head = {k: completion[k] for k in ("id", "created", "model", "system_fingerprint")}
    head["object"] = "chat.completion.chunk"

    def chunk(choices: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return {**head, "choices": choices, **extra}

    chunks = []
    for choice in completion["choices"]:
        index, message = choice["index"], choice["message"]
        opening = {"role": "assistant", "content": ""}
        chunks.append(chunk([{"index": index, "delta": opening, "finish_reason": None}]))
        calls = message.get("tool_calls")
        if calls:
            delta = {"tool_calls": [{"index": i, **call} for i, call in enumerate(calls)]}
            chunks.append(chunk([{"index": index, "delta": delta, "finish_reason": None}]))
        else:
            for piece in re.findall(r"\S+\s*|\s+", message["content"] or ""):
                delta = {"content": piece}
                chunks.append(chunk([{"index": index, "delta": delta, "finish_reason": None}]))
        ending = {"index": index, "delta": {}, "finish_reason": choice["finish_reason"]}
        chunks.append(chunk([ending]))
    if include_usage:
        chunks.append(chunk([], usage=completion["usage"]))
    return chunks


def responses_body(
    request_id: int, body: dict[str, Any], model: str, messages: list[Any], behavior: Behavior
) -> dict[str, Any]:
    """The ``response`` object answering a Responses API request: one output item, a
    function call or a message (JSON for ``text.format``'s schema when it asks for one)."""
    (text,) = _texts(model, messages, behavior, 1)
    tool = _tool_to_call(body, messages, behavior)
    given = body.get("text")
    text_format: dict[str, Any] = given if isinstance(given, dict) else {}
    item: dict[str, Any]
    if tool is not None:
        name, parameters = tool
        arguments = behavior.reply
        if arguments is None:
            arguments = json.dumps(_arguments(parameters, text, behavior), ensure_ascii=False)
        item = {
            "type": "function_call",
            "id": f"fc_fake_{request_id}",
            "call_id": f"call_fake_{request_id}_0",
            "name": name,
            "arguments": arguments,
            "status": "completed",
        }
        said = arguments
    else:
        said = _content(_json_schema(text_format.get("format")), text, behavior)
        output_text = {"type": "output_text", "text": said, "annotations": []}
        item = {
            "type": "message",
            "id": f"msg_fake_{request_id}",
            "status": "completed",
            "role": "assistant",
            "content": [output_text],
        }
    input_tokens = sum(_word_count(content_text(m)) for m in messages)
    output_tokens = _word_count(said)
    return {
        "id": f"resp_fake_{request_id}",
        "object": "response",
        "created_at": int(time.time()),
        "status": "completed",
        "model": model,
        "output": [item],
        "parallel_tool_calls": True,
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": body.get("tools") or [],
        "instructions": body.get("instructions"),
        "text": text_format or {"format": {"type": "text"}},
        "error": None,
        "incomplete_details": None,
        "metadata": {},
        "usage": {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": input_tokens + output_tokens,
        },
    }


def anthropic_message(
    request_id: int, body: dict[str, Any], model: str, messages: list[Any], behavior: Behavior
) -> dict[str, Any]:
    """The Anthropic ``message`` answering ``body``: a ``tool_use`` block (see
    `_tool_to_call`; ``tool_choice`` ``{"type": "tool", "name": ...}``) or a ``text`` block,
    JSON for ``output_format`` (or ``output_config.format``) when it asks for a schema."""
    (text,) = _texts(model, messages, behavior, 1)
    tool = _tool_to_call(body, messages, behavior)
    given = body.get("output_config")
    config: dict[str, Any] = given if isinstance(given, dict) else {}
    block: dict[str, Any]
    if tool is not None:
        name, parameters = tool
        arguments = _arguments(parameters, text, behavior)
        block = {"type": "tool_use", "id": f"toolu_fake_{request_id}", "name": name}
        block["input"] = arguments
        stop, said = "tool_use", json.dumps(arguments)
    else:
        schema = _json_schema(body.get("output_format") or config.get("format"))
        said = _content(schema, text, behavior)
        block, stop = {"type": "text", "text": said}, "end_turn"
    return {
        "id": f"msg_fake_{request_id}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [block],
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {
            "input_tokens": sum(_word_count(content_text(m)) for m in messages),
            "output_tokens": _word_count(said),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
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


_ANTHROPIC_ERRORS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


def anthropic_error_body(status: int, message: str) -> dict[str, Any]:
    """An Anthropic-style error body for ``status``."""
    fallback = "api_error" if status >= 500 else "invalid_request_error"
    err_type = _ANTHROPIC_ERRORS.get(status, fallback)
    return {"type": "error", "error": {"type": err_type, "message": message}}
