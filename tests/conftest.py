"""Shared fixtures: a fake LM client (in process) and the loopback OpenAI-compatible server
(the real LiteLLM path)."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

# LiteLLM fetches a price list at import unless told not to; tests never touch the network.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"


class LMFailure(RuntimeError):
    """What the fake client raises for a prompt containing FAIL."""


def _response(text: str) -> Any:
    return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])


class FakeClient:
    """LiteLLM's client shape, deterministic: the reply names the model and echoes the last
    message. A prompt containing ``FAIL`` raises `LMFailure`; ``latency(prompt)`` sets the
    delay of each async call."""

    def __init__(self, latency: Any = 0.0) -> None:
        self.latency = latency
        self.calls: list[tuple[str, str]] = []
        self.in_flight = 0
        self.peak = 0
        self.lock = threading.Lock()

    @staticmethod
    def prompt(messages: list[dict[str, Any]]) -> str:
        return " | ".join(str(m.get("content")) for m in messages)

    def _answer(self, model: str, messages: list[dict[str, Any]], prompt: str = "") -> Any:
        prompt = prompt or self.prompt(messages)
        with self.lock:
            self.calls.append((model, prompt))
        if "FAIL" in prompt:
            raise LMFailure(f"the model refused: {prompt[:60]}")
        return _response(f"<{model}: {prompt[-40:]}>")

    def completion(self, *, model: str, messages: list[dict[str, Any]], **kwargs: Any) -> Any:
        return self._answer(model, messages)

    async def acompletion(
        self, *, model: str, messages: list[dict[str, Any]], **kwargs: Any
    ) -> Any:
        # (the messages formatted once, as the sync call does: a content's `__str__` may log)
        prompt = self.prompt(messages)
        delay = self.latency(prompt) if callable(self.latency) else self.latency
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(delay)
            return self._answer(model, messages, prompt)
        finally:
            with self.lock:
                self.in_flight -= 1

    def multiset(self) -> Counter:
        return Counter(self.calls)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``long`` run first: the cores then end the run on short tests, none left
    alone with a long one (pytest-xdist's worksteal hands out the rest as cores come free)."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture
def fake_lm():
    import autoform as af

    client = FakeClient()
    with af.lm_client(client):
        yield client


def load_module(path: Path, name: str | None = None) -> ModuleType:
    """Import a file as a fresh module (each call gets its own module object)."""
    name = name or f"_case_{path.stem}_{uuid.uuid4().hex[:8]}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def openai_server():
    from autoform.testing import FakeOpenAIServer

    with FakeOpenAIServer(latency=0.0) as server:
        yield server


@pytest.fixture
def server(openai_server, monkeypatch):
    """The loopback server, reset, with LiteLLM's usual environment pointing at it."""
    openai_server.reset()
    openai_server.latency = 0.0
    openai_server.behavior = None
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("OPENAI_API_BASE", openai_server.base_url)
    yield openai_server


def wait_until(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
