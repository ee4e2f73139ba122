"""Declaring another client's method an LM call (`af.lm_method`), the threads sync clients
run on, and the warning that names a blocking call and the way to let it overlap."""

from __future__ import annotations

import asyncio
import threading
import time
import warnings

import pytest
from conftest import ROOT, load_module

import autoform as af
from autoform import clients
from autoform.runner import run_sync


class Counting:
    """A client's shape: ``generate`` blocks, ``agenerate`` is its async twin; both count
    the calls in flight."""

    def __init__(self, latency: float = 0.1) -> None:
        self.latency = latency
        self.in_flight = self.peak = 0
        self.via: list[str] = []
        self.lock = threading.Lock()

    def _enter(self, via: str) -> None:
        with self.lock:
            self.via.append(via)
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)

    def _leave(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def generate(self, prompt: str) -> str:
        self._enter("sync")
        try:
            time.sleep(self.latency)
            return prompt.upper()
        finally:
            self._leave()

    async def agenerate(self, prompt: str) -> str:
        self._enter("async")
        try:
            await asyncio.sleep(self.latency)
            return prompt.upper()
        finally:
            self._leave()


class WithTwin(Counting):
    pass


class WithoutTwin(Counting):
    pass


# Declared where the user's code imports the clients, before compiling.
af.lm_method(WithTwin, "generate", async_twin="agenerate")
af.lm_method(WithoutTwin, "generate")

twin_client = WithTwin()
thread_client = WithoutTwin()


def with_twin(a: str, b: str) -> str:
    x = twin_client.generate(a)
    y = twin_client.generate(b)
    return x + y


def on_threads(a: str, b: str) -> str:
    x = thread_client.generate(a)
    y = thread_client.generate(b)
    return x + y


def passed_in(client: WithoutTwin, items: list[str]) -> list[str]:
    out = []
    for item in items:
        out.append(client.generate(item))
    return out


def test_a_declared_method_overlaps_through_its_async_twin():
    compiled = af.concurrent(with_twin)
    assert "_af.lm_method(twin_client, 'generate', a)" in compiled.source
    assert run_sync(compiled("a", "b")) == "AB"
    assert twin_client.via == ["async", "async"]
    assert twin_client.peak == 2
    assert with_twin("a", "b") == "AB"  # called plainly, it is the method as written
    assert twin_client.via[2:] == ["sync", "sync"]


def test_a_declared_method_without_a_twin_overlaps_on_threads():
    compiled = af.concurrent(on_threads)
    assert run_sync(compiled("a", "b")) == "AB"
    assert thread_client.peak == 2


def test_sync_calls_get_a_thread_each_not_a_small_pool():
    # asyncio.to_thread's default executor has min(32, cpus + 4) workers: 40 calls at once
    # need 40 threads.
    client = WithoutTwin(latency=0.3)
    compiled = af.concurrent(passed_in)
    items = [f"item {i}" for i in range(40)]
    assert run_sync(compiled(client, items)) == [i.upper() for i in items]
    assert client.peak == 40


def test_caps_bound_threaded_calls():
    client = WithoutTwin(latency=0.02)
    compiled = af.concurrent(passed_in, max_concurrency=3)
    run_sync(compiled(client, [str(i) for i in range(12)]))
    assert client.peak == 3


def test_a_declaration_names_an_attribute_path():
    with pytest.raises(ValueError, match="dotted attribute path"):
        af.lm_method(WithTwin, "generate(")
    with pytest.raises(ValueError, match="needs no async_twin"):
        af.lm_method(WithTwin, "agenerate", asynchronous=True, async_twin="x")


class Async(Counting):
    pass


af.lm_method(Async, "agenerate", asynchronous=True)


async def awaits(c: Async, a: str, b: str) -> str:
    x = await c.agenerate(a)
    y = await c.agenerate(b)
    return x + y


def test_a_declared_async_method_is_awaited_under_the_caps():
    client = Async(latency=0.05)
    compiled = af.concurrent(awaits)
    assert "_af.lm_amethod(c, 'agenerate', a)" in compiled.source
    assert run_sync(compiled(client, "a", "b")) == "AB"
    assert client.peak == 2


BLOCKING = """
import time
import urllib.request

import requests

import autoform as af


def fetch(url: str) -> str:
    page = requests.get(url)
    time.sleep(1)
    other = urllib.request.urlopen(url)
    answer = af.lm_call([{"role": "user", "content": url}], model="m")
    return answer + page.text + other.read().decode()
"""


def test_blocking_calls_are_named_with_the_way_to_overlap_them(tmp_path):
    path = tmp_path / "blocking.py"
    path.write_text(BLOCKING)
    module = load_module(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        af.concurrent(module.fetch)
    messages = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    blocking = [m for m in messages if " blocks:" in m]
    assert len(blocking) == 3
    first = blocking[0]
    assert first.startswith(f"fetch: `requests.get` at {path}:11 blocks:")
    assert "@af.primitive" in first and "httpx.AsyncClient" in first
    assert any(f"`time.sleep` at {path}:12" in m for m in blocking)
    assert any(f"`urllib.request.urlopen` at {path}:13" in m for m in blocking)
    assert {w.lineno for w in caught if " blocks:" in str(w.message)} == {11, 12, 13}


def test_autoform_compile_names_blocking_calls_too(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "blocking_cli.py"
    path.write_text(BLOCKING)
    out = subprocess.run(
        [sys.executable, "-m", "autoform.cli", f"{path}:fetch"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert out.returncode == 0, out.stderr
    assert f"`requests.get` at {path}:11 blocks" in out.stderr


def test_the_registry_is_data_keyed_by_receiver_and_path():
    entry = clients.static_method("openai.OpenAI", "chat.completions.create")
    assert entry is not None and not entry.asynchronous
    assert clients.static_method("openai.Client", "chat.completions.create") == entry
    assert clients.static_method("anthropic.AsyncAnthropic", "messages.create").asynchronous
    assert clients.static_function("litellm.completion").async_twin == "acompletion"
    assert clients.static_method("openai.OpenAI", "embeddings.create") is None
    assert clients.blocking("requests.post") and clients.blocking("httpx.Client.get")
    assert clients.blocking("json.loads") is None


DECLARED = """
import autoform as af
import mysdk

af.lm_method(mysdk.Client, "models.generate", async_twin="models.agenerate")
client = mysdk.Client()


def pipeline(topic: str):
    a = client.models.generate(prompt="A " + topic)
    b = client.models.generate(prompt="B " + topic)
    return a, b
"""


def test_autoform_compile_reads_the_modules_own_declarations(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "declared.py"
    path.write_text(DECLARED)
    out = subprocess.run(
        [sys.executable, "-m", "autoform.cli", f"{path}:pipeline"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert out.returncode == 0, out.stderr
    assert (
        "a, b = await _af.gather(\n        _af.lm_method(client, 'models.generate'," in out.stdout
    )


def test_one_name_on_a_receiver_of_unknown_type_is_no_lm_call():
    def pipeline(bot, x: str) -> str:
        return bot.completion(x)  # a method of anything: `bot` could be a user's class

    assert "lm_method" not in af.concurrent(pipeline).source
