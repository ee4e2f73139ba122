"""An honest first run: LiteLLM loads on a thread of its own from the first compile, so the
seed's own timings, in a fresh process, measure its pipeline and not LiteLLM's import; never
at ``import autoform`` nor in ``autoform-compile``; loaded once however many threads ask."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

SEED = ROOT / "tests" / "data" / "seed.py"


def fresh_env() -> dict[str, str]:
    """The environment for a fresh process that imports this autoform (PYTHONPATH may name
    it relative to another directory), LiteLLM's settings (the test server's) included."""
    import autoform

    path = [str(Path(autoform.__file__).resolve().parents[1])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join([*path, os.environ.get("PYTHONPATH", "")])}


def test_the_seed_unchanged_prints_an_honest_ratio(server):
    # A 200 ms server: sequential 4 calls, scheduled 3 (the first two overlap): 0.75.
    server.latency = 0.2
    result = subprocess.run(
        [sys.executable, str(SEED)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=fresh_env(),
    )
    assert result.returncode == 0, result.stderr
    times = dict(re.findall(r"^(sequential|scheduled): ([\d.]+)s$", result.stdout, re.M))
    ratio = float(times["scheduled"]) / float(times["sequential"])
    assert 0.70 <= ratio <= 0.80, result.stdout
    assert len(server.requests) == 8 and server.peak_in_flight == 2


def test_the_seed_copy_is_the_seed_program():
    """tests/data/seed.py is the program of the seed document, line for line (the document
    lost the function body's indentation, restored here); checked where the document is."""
    documents = sorted((ROOT.parent / "shared" / "seed").glob("000_*.txt"))
    if not documents:
        pytest.skip("the seed document is not beside this checkout")
    text = documents[0].read_text(encoding="utf-8").splitlines()
    start = text.index("import asyncio")
    end = max(i for i, line in enumerate(text) if line.startswith('print(f"scheduled'))
    copy = SEED.read_text(encoding="utf-8").splitlines()
    assert [line.strip() for line in copy] == text[start : end + 1]


def test_compiling_starts_loading_litellm_and_importing_autoform_does_not(tmp_path):
    # Then four threads' first calls race the background load: one import, one set-up.
    script = tmp_path / "compiles.py"
    script.write_text(
        "import sys, threading\n"
        "import autoform as af\n"
        "from autoform import lm\n"
        "assert 'litellm' not in sys.modules\n"
        "def f(x: str) -> str:\n"
        "    return af.lm_call([{'role': 'user', 'content': x}], model='m')\n"
        "assert not any(t.name == 'autoform-litellm-load' for t in threading.enumerate())\n"
        "af.trace(f)('x')\n"
        "assert any(t.name == 'autoform-litellm-load' for t in threading.enumerate())\n"
        "got = []\n"
        "threads = [threading.Thread(target=lambda: got.append(lm._litellm())) "
        "for _ in range(4)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "assert len(got) == 4 and all(m is sys.modules['litellm'] for m in got)\n"
        "sims = [p for p in got[0].custom_provider_map if p['provider'] == lm.SIM_PROVIDER]\n"
        "assert len(sims) == 1, sims\n"
        "lm.ready()\n"
        "print(af.lm_call([{'role': 'user', 'content': 'hi'}], model='autoform-sim/m', "
        "latency=0))\n"
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=fresh_env()
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("[autoform-sim/m ")


def test_autoform_compile_does_not_load_litellm():
    code = (
        "import sys, threading\n"
        "from autoform.cli import main\n"
        "assert main(['examples/research.py:research']) == 0\n"
        "assert main(['examples/research.py:research', '--graph']) == 0\n"
        "assert 'litellm' not in sys.modules, 'imported'\n"
        "assert not any(t.name == 'autoform-litellm-load' for t in threading.enumerate())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=fresh_env(),
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX's")
def test_a_fork_while_litellm_loads_does_not_hang(tmp_path):
    # A child forked mid-import would inherit import locks held by the loading thread and
    # hang at its first import; the fork waits for the load instead.
    script = tmp_path / "forks.py"
    script.write_text(
        "import multiprocessing\n"
        "import autoform as af\n\n\n"
        "def f(x: str) -> str:\n"
        "    return af.lm_call([{'role': 'user', 'content': x}], model='autoform-sim/m', "
        "latency=0)\n\n\n"
        "def child(x):\n"
        "    import email.mime.text  # an import in the child\n\n"
        "    return f(x)\n\n\n"
        "if __name__ == '__main__':\n"
        "    af.concurrent(f)  # LiteLLM starts loading\n"
        "    with multiprocessing.get_context('fork').Pool(2) as pool:\n"
        "        print(pool.map(child, ['a', 'b']))\n"
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, env=fresh_env()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("[autoform-sim/m ") == 2
    assert result.stderr == ""
