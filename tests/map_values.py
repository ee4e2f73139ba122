"""A class whose instances test_map keys in a fresh process: it lives apart from test_map so
that the process imports only this and the key's module (test_map compiles a pipeline when
imported, which starts loading LiteLLM: seconds of work the keys never need)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Query:
    text: str
    tags: frozenset
