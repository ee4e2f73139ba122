"""A value for a JSON schema, as the test server answers structured output and tool calls: the
smallest deterministic instance that validates (every property present, bounds met), with
strings taken from a seed text so that different prompts give different values.

Covers what pydantic and the SDKs emit: ``type`` (one or a list), ``enum``, ``const``,
``anyOf``/``oneOf``/``allOf``, local ``$ref`` into ``$defs``/``definitions``, ``properties``,
``items``/``prefixItems``, length, count and number bounds, common string ``format``s. A
``pattern`` is not honoured (the seed text is returned as it is)."""

from __future__ import annotations

import math
from typing import Any

__all__ = ["instance"]

# Recursive schemas (a tree of nodes) stop growing below this depth: optional parts are left
# out, arrays get their minimum length.
_MAX_DEPTH = 6

_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "hostname": "example.com",
    "duration": "P1D",
}


def instance(schema: Any, text: str = "text") -> Any:
    """A JSON value valid for ``schema``; strings are ``text`` (fitted to length bounds)."""
    root = schema if isinstance(schema, dict) else {}
    return _value(root, root, text, 0)


def _value(schema: Any, root: dict[str, Any], text: str, depth: int) -> Any:
    if not isinstance(schema, dict):  # `true` / `{}`: anything goes
        return text
    if "$ref" in schema:
        return _value(_resolve(schema["$ref"], root), root, text, depth)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if options:
            return _value(_pick(options, root, depth), root, text, depth)
    if schema.get("allOf"):
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = _resolve(part["$ref"], root) if "$ref" in part else part
            merged = _merge(merged, part)
        return _value(merged, root, text, depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"] or ["null"]
        kind = kinds[0] if depth < _MAX_DEPTH or "null" not in kind else "null"
    if kind is None:
        kind = _implied_type(schema)
    return _BY_TYPE.get(kind, _string)(schema, root, text, depth)


def _resolve(ref: str, root: dict[str, Any]) -> Any:
    if not ref.startswith("#"):
        raise ValueError(f"only local $ref are supported, got {ref!r}")
    node: Any = root
    for part in ref.lstrip("#").strip("/").split("/"):
        if not part:
            continue
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _pick(options: list[Any], root: dict[str, Any], depth: int) -> Any:
    """The first non-null option, or the null one once deep in a recursive schema."""
    nulls = [o for o in options if isinstance(o, dict) and o.get("type") == "null"]
    others = [o for o in options if o not in nulls]
    if nulls and (depth >= _MAX_DEPTH or not others):
        return nulls[0]
    return others[0] if others else options[0]


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    merged = {**a, **b}
    merged["properties"] = {**a.get("properties", {}), **b.get("properties", {})}
    merged["required"] = [*a.get("required", []), *b.get("required", [])]
    return merged


def _implied_type(schema: dict[str, Any]) -> str:
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    if "minimum" in schema or "maximum" in schema:
        return "number"
    return "string"


def _object(schema: dict[str, Any], root: dict[str, Any], text: str, depth: int) -> Any:
    properties: dict[str, Any] = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    return {
        name: _value(sub, root, text, depth + 1)
        for name, sub in properties.items()
        if depth < _MAX_DEPTH or name in required
    }


def _array(schema: dict[str, Any], root: dict[str, Any], text: str, depth: int) -> Any:
    prefix = schema.get("prefixItems") or []
    low = int(schema.get("minItems", 0))
    high = schema.get("maxItems")
    count = max(low, len(prefix), 0 if depth >= _MAX_DEPTH else 1)
    if high is not None:
        count = min(count, int(high))
    items = schema.get("items", {})
    values = [_value(s, root, text, depth + 1) for s in prefix[:count]]
    values += [_value(items, root, text, depth + 1) for _ in range(count - len(values))]
    if schema.get("uniqueItems") and len(values) > 1 and all(isinstance(v, str) for v in values):
        values = [f"{v} {i}" if i else v for i, v in enumerate(values)]
    return values


def _number(schema: dict[str, Any], root: dict[str, Any], text: str, depth: int) -> Any:
    integer = schema.get("type") == "integer" or (
        isinstance(schema.get("type"), list) and "integer" in schema["type"]
    )
    step = 1 if integer else 0.5
    value: float = 1
    if "minimum" in schema:
        value = max(value, schema["minimum"]) if "maximum" not in schema else schema["minimum"]
    if "exclusiveMinimum" in schema:
        value = max(value, schema["exclusiveMinimum"] + step)
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    if "exclusiveMaximum" in schema:
        value = min(value, schema["exclusiveMaximum"] - step)
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / multiple) * multiple
    return math.ceil(value) if integer else float(value)


def _integer(schema: dict[str, Any], root: dict[str, Any], text: str, depth: int) -> Any:
    return _number({**schema, "type": "integer"}, root, text, depth)


def _string(schema: dict[str, Any], root: dict[str, Any], text: str, depth: int) -> Any:
    value = _FORMATS.get(schema.get("format", ""), text)
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < low:
        value = value + "x" * (low - len(value))
    if high is not None:
        value = value[: int(high)]
    return value


def _boolean(schema: dict[str, Any], root: dict[str, Any], text: str, depth: int) -> Any:
    return True


def _null(schema: dict[str, Any], root: dict[str, Any], text: str, depth: int) -> Any:
    return None


_BY_TYPE = {
    "object": _object,
    "array": _array,
    "number": _number,
    "integer": _integer,
    "string": _string,
    "boolean": _boolean,
    "null": _null,
}
