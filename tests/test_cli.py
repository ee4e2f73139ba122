"""autoform-compile: the printed module, the graph, and that the output runs."""

from __future__ import annotations

import asyncio

from conftest import ROOT, FakeClient

import autoform as af
from autoform.cli import main


def test_graph_is_the_seed_documents_picture(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["examples/research.py:research", "--graph"]) == 0
    assert capsys.readouterr().out == (
        "flowchart TD\n"
        '    topic["topic"] --> s4["LM: summary"]\n'
        '    topic --> s5["LM: analogy"]\n'
        '    s4 --> s9["LM: combined"]\n'
        "    s5 --> s9\n"
        '    s9 --> s12["LM: returned"]\n'
        '    s12 --> answer["answer"]\n'
    )


def test_printed_module_runs_like_the_original(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["tests/cases/rebinding.py"]) == 0
    namespace: dict = {}
    exec(compile(capsys.readouterr().out, "generated.py", "exec"), namespace)
    with af.lm_client(FakeClient()):
        got = asyncio.run(namespace["pipeline"]("alpha", "beta"))
    with af.lm_client(FakeClient()):
        from conftest import load_module

        expected = load_module(ROOT / "tests/cases/rebinding.py").pipeline.__wrapped__(
            "alpha", "beta"
        )
    assert got == expected


def test_path_compiles_every_decorated_function(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "two.py").write_text(
        "import autoform as af\nfrom autoform import concurrent\n\n\n"
        "@af.concurrent\ndef first(x: str) -> str:\n    return af.format('{}', x)\n\n\n"
        "def plain(x):\n    return x\n\n\n"
        "@concurrent\ndef second(x: str) -> str:\n    return af.format('{}!', x)\n"
    )
    assert main(["two.py"]) == 0
    out = capsys.readouterr().out
    assert "async def first(x: str) -> str:" in out
    assert "async def second(x: str) -> str:" in out
    assert "plain" not in out


def test_explain_says_what_overlaps_and_why_the_rest_waits(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["examples/research.py:research", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "LM calls at the top level: 4; longest chain of them that wait for one another: 3" in out
    assert "expected speedup when calls take equal time: 1.33x" in out
    assert "line 27 `summary`, line 28 `analogy`" in out
    assert "line 32 `combined` waits for line 27 `summary`: reads `summary`" in out
    assert "line 35 the returned call waits for line 32 `combined`: reads `combined`" in out


def test_explain_lists_what_is_kept_in_order(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["tests/cases/progress_prints.py", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "kept in order for safety:" in out
    assert '`print("summary done")`: an effect' in out


def test_output_and_check_keep_a_committed_file_fresh(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "generated.py"
    assert main(["tests/cases/rebinding.py", "-o", str(out)]) == 0
    assert main(["tests/cases/rebinding.py", "--check", str(out)]) == 0
    out.write_text(out.read_text().replace("x_2", "x_3"))
    capsys.readouterr()
    assert main(["tests/cases/rebinding.py", "--check", str(out)]) == 1
    captured = capsys.readouterr()
    assert any(line.startswith("-") and "x_3" in line for line in captured.out.splitlines())
    assert any(line.startswith("+") and "x_2" in line for line in captured.out.splitlines())
    assert "is stale; regenerate it with" in captured.err
    assert main(["tests/cases/rebinding.py", "--check", str(tmp_path / "missing.py")]) == 1
