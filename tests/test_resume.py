"""Resuming ``af.map(cache_dir=...)`` never returns a stale result: a result is keyed by what
the pipeline's results depend on (its code, the code of yours it reaches, the plain data
that code reads), and each LM call by its exact request, so a rerun after a change makes the
calls whose requests changed, and only those."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FakeClient, load_module
from test_first_run import fresh_env

import autoform as af
from autoform.identity import pipeline_key

HELPERS = """\
import autoform as af

MODEL = "gpt-5.5"


def summarize(topic: str) -> str:
    prompt = af.format("Summarize {} in one line.", topic)
    return af.lm_call([{"role": "user", "content": prompt}], model=MODEL)


def facts(topic: str) -> str:
    prompt = af.format("List facts about {}.", topic)
    return af.lm_call([{"role": "user", "content": prompt}], model=MODEL)
"""

BATCH = """\
import json
import sys

import autoform as af
from helpers_mod import facts, summarize


@af.concurrent
def pipeline(topic: str) -> str:
    summary = summarize(topic)
    known = facts(topic)
    return af.format("{} || {}", summary, known)


answers = af.map_sync(pipeline, ["owls", "bats"], cache_dir=sys.argv[1], progress=False)
print(json.dumps(answers))
"""


def _run_batch(where: Path) -> list[str]:
    """One resumed run, in a fresh process, as a user reruns a script."""
    result = subprocess.run(
        [sys.executable, str(where / "batch.py"), str(where / "cache")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=where,
        env=fresh_env(),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.long
def test_a_changed_helper_prompt_gets_new_answers_and_only_its_calls_are_made(server, tmp_path):
    (tmp_path / "helpers_mod.py").write_text(HELPERS)
    (tmp_path / "batch.py").write_text(BATCH)
    first = _run_batch(tmp_path)
    assert len(server.requests) == 4

    server.reset()
    edited = HELPERS.replace("Summarize {} in one line.", "Sum up {} in a word.")
    (tmp_path / "helpers_mod.py").write_text(edited)
    second = _run_batch(tmp_path)
    # Only the calls whose requests changed were made; the others' replies were stored.
    assert sorted(r.prompt for r in server.requests) == [
        "Sum up bats in a word.",
        "Sum up owls in a word.",
    ]
    for old, new in zip(first, second, strict=True):
        assert old != new and "Sum up" in new
        assert old.split(" || ")[1] == new.split(" || ")[1]  # the facts, from the store

    server.reset()
    assert _run_batch(tmp_path) == second  # nothing changed: nothing asked
    assert server.requests == []


# ---- the key: what it sees ----


def _key(tmp_path: Path, helpers: str, extra: str = "") -> str:
    """The key of a pipeline calling the helpers module ``helpers``, loaded afresh (the
    same module name each time, as in a new process)."""
    (tmp_path / "helpers_mod.py").write_text(helpers)
    load_module(tmp_path / "helpers_mod.py", "helpers_mod")
    (tmp_path / "batch_mod.py").write_text(BATCH.split("\n\nanswers =")[0] + extra)
    return pipeline_key(load_module(tmp_path / "batch_mod.py", "batch_mod").pipeline)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Summarize {} in one line.", "Sum up {}."),  # a helper's prompt
        ('MODEL = "gpt-5.5"', 'MODEL = "gpt-6"'),  # a setting a helper reads
        ("List facts about {}.", "List three facts about {}."),  # the other helper
    ],
)
def test_the_key_sees_the_helpers_and_what_they_read(old, new, tmp_path):
    before = _key(tmp_path, HELPERS)
    assert _key(tmp_path, HELPERS) == before  # loaded again, unchanged: the same key
    assert _key(tmp_path, HELPERS.replace(old, new)) != before


def test_the_key_sees_helpers_of_helpers_other_modules_and_primitives(tmp_path):
    deeper = (
        HELPERS.replace("prompt = af.format(", "prompt = wording(")
        + "\n\ndef wording(template, topic):\n    return prompts.PREFIX + template.format(topic)"
        + "\n\n\n@af.primitive\ndef lookup(topic: str) -> str:\n    return topic.upper()\n"
    )
    deeper = "import prompts\n" + deeper.replace(
        "return af.lm_call([", "return lookup(topic) + af.lm_call(["
    )
    (tmp_path / "prompts.py").write_text('PREFIX = "Please: "\n')
    load_module(tmp_path / "prompts.py", "prompts")
    before = _key(tmp_path, deeper)
    assert _key(tmp_path, deeper.replace("+ template", "+ ' ' + template")) != before
    assert _key(tmp_path, deeper.replace("topic.upper()", "topic.lower()")) != before
    (tmp_path / "prompts.py").write_text('PREFIX = "Kindly: "\n')
    load_module(tmp_path / "prompts.py", "prompts")
    assert _key(tmp_path, deeper) != before
    # What the pipeline never reaches does not change its key.
    (tmp_path / "prompts.py").write_text('PREFIX = "Please: "\nUNUSED = 1\n')
    load_module(tmp_path / "prompts.py", "prompts")
    assert _key(tmp_path, deeper + "\n\ndef unused():\n    return 2\n") == before


# ---- the replies: keyed by the exact request ----


def test_replies_are_keyed_by_the_exact_request(tmp_path):
    async def ask(text: str) -> str:
        return await af.lm_call.acall(
            [{"role": "user", "content": text}], model="m", temperature=0, api_key="k1"
        )

    client = FakeClient()
    with af.lm_client(client):
        af.map_sync(ask, ["a", "b"], cache_dir=tmp_path, progress=False)
    assert len(client.calls) == 2

    async def ask_again(text: str) -> str:  # another pipeline, the same requests
        key = "k2"  # a rotated API key is no part of what is asked
        return await af.lm_call.acall(
            [{"role": "user", "content": text}], model="m", temperature=0, api_key=key
        )

    async def ask_warmer(text: str) -> str:
        return await af.lm_call.acall(
            [{"role": "user", "content": text}], model="m", temperature=1, api_key="k1"
        )

    again = FakeClient()
    with af.lm_client(again):
        af.map_sync(ask_again, ["a", "b", "c"], cache_dir=tmp_path, progress=False)
        assert [prompt for _, prompt in again.calls] == ["c"]
        af.map_sync(ask_warmer, ["a"], cache_dir=tmp_path, progress=False)
        assert [prompt for _, prompt in again.calls] == ["c", "a"]
        # Outside a batch with cache_dir nothing is stored nor looked up.
        asyncio.run(ask("a"))
        assert len(again.calls) == 3


def test_failed_calls_are_not_stored(tmp_path):
    async def ask(text: str) -> str:
        return await af.lm_call.acall([{"role": "user", "content": text}], model="m")

    client = FakeClient()
    with af.lm_client(client):
        results = af.map_sync(ask, ["FAIL", "ok"], cache_dir=tmp_path, errors="collect")
        assert [r.ok for r in results] == [False, True]
        af.map_sync(ask, ["FAIL", "ok"], cache_dir=tmp_path, errors="collect", progress=False)
    assert [prompt for _, prompt in client.calls] == ["FAIL", "ok", "FAIL"]
