"""autoform-compile: the printed module, the graphs, the diff, module targets, several
targets, and the errors and exit status of each; and that the output runs."""

from __future__ import annotations

import asyncio
import re
import sys
import warnings

import pytest
from conftest import ROOT, FakeClient

import autoform as af
from autoform.cli import Target, find_module, main, resolve_target


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
    monkeypatch.syspath_prepend(str(ROOT / "tests/cases"))  # it imports the original
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
    assert "LM calls: 4\n  longest chain of them that wait for one another: 3\n" in out
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


# ---- --graph dot: the same picture as mermaid, in Graphviz's language ----

EDGY = """\
import autoform as af


@af.concurrent
def f(end: str, node: str, answer: str, s0: str) -> str:
    print("say \\"hi\\" \\\\ there", s0)
    a = af.lm_call([dict(role="user", content=end)], model="m")
    b = af.lm_call([dict(role="user", content=node + answer)], model="m")
    return af.format("{}{}", a, b)
"""


def _mermaid_graph(text: str) -> tuple[dict[str, str], set[tuple[str, str]]]:
    labels: dict[str, str] = {}
    edges: set[tuple[str, str]] = set()
    for line in text.splitlines()[1:]:
        ends = []
        for part in line.strip().split(" --> "):
            m = re.fullmatch(r'(\w+)(?:\["([^"]*)"\])?', part)
            assert m, line
            if m[2] is not None:
                labels[m[1]] = m[2]
            ends.append(m[1])
        if len(ends) == 2:
            edges.add((ends[0], ends[1]))
    return labels, edges


def _dot_graph(text: str) -> tuple[dict[str, str], set[tuple[str, str]]]:
    import pydot

    with warnings.catch_warnings():  # pydot calls pyparsing's deprecated names
        warnings.simplefilter("ignore", DeprecationWarning)
        graphs = pydot.graph_from_dot_data(text)
    assert graphs is not None and len(graphs) == 1, "not valid DOT"

    def unquote(s: str) -> str:
        assert s.startswith('"') and s.endswith('"'), s
        return re.sub(r"\\(.)", r"\1", s[1:-1])

    labels = {
        unquote(n.get_name()): unquote(n.get_label())
        for n in graphs[0].get_nodes()
        if n.get_name() != "node"  # the default attributes, not a node
    }
    edges = {(unquote(e.get_source()), unquote(e.get_destination())) for e in graphs[0].get_edges()}
    return labels, edges


@pytest.mark.parametrize(
    "target", ["examples/research.py:research", "tests/cases/progress_prints.py", "edgy.py"]
)
def test_dot_is_valid_and_draws_what_mermaid_draws(target, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    if target == "edgy.py":
        (tmp_path / target).write_text(EDGY)
        target = str(tmp_path / target)
    assert main([target, "--graph"]) == 0
    mermaid_text = capsys.readouterr().out
    assert main([target, "--graph", "mermaid"]) == 0
    assert capsys.readouterr().out == mermaid_text
    assert main([target, "--graph", "dot"]) == 0
    dot_text = capsys.readouterr().out
    m_labels, m_edges = _mermaid_graph(mermaid_text)
    d_labels, d_edges = _dot_graph(dot_text)
    assert d_edges == m_edges and m_edges
    assert {k: v.replace('"', "'") for k, v in d_labels.items()} == m_labels


def test_dot_escapes_labels_and_keeps_ids_apart(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "edgy.py").write_text(EDGY)
    assert main(["edgy.py", "--graph=dot"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('digraph "f" {\n')
    assert r'[label="print(\"say \\\"hi\\\" \\\\ there\", s0)"]' in out
    labels, edges = _dot_graph(out)
    # Parameters named like a step, the answer or a keyword get ids of their own.
    assert labels["p_s0"] == "s0" and labels["p_answer"] == "answer"
    assert labels["p_end"] == "end" and labels["node"] == "node"
    assert labels["answer"] == "answer"
    (b,) = [node for node, label in labels.items() if label == "LM: b"]
    assert ("p_answer", b) in edges and ("node", b) in edges
    assert main(["edgy.py", "--graph"]) == 0
    assert 'p_end["end"] --> ' in capsys.readouterr().out  # `end` would close the chart


@pytest.mark.parametrize(
    ("argv", "view"),
    [
        (["--graph", "TARGET"], "mermaid"),
        (["--graph", "dot", "TARGET"], "dot"),
        (["TARGET", "--graph"], "mermaid"),
        (["TARGET", "--graph", "dot"], "dot"),
        (["--graph", "edgy"], "mermaid"),  # a module by a bare name
        (["--graph", "edgy.py", "TARGET"], "mermaid"),  # several targets
    ],
)
def test_graph_goes_before_or_after_the_target(argv, view, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "edgy.py").write_text(EDGY.replace("def f(", "def g("))
    (tmp_path / "two.py").write_text(EDGY)
    assert main(["two.py:f", f"--graph={view}"]) == 0
    expected = capsys.readouterr().out
    assert main([word.replace("TARGET", "two.py:f") for word in argv]) == 0
    out = capsys.readouterr().out
    if "edgy.py" in argv:
        assert out.startswith("%% ==> edgy.py <==\n") and out.endswith(expected)
    elif "edgy" in argv:
        assert out.startswith("flowchart TD\n") and "LM: b" in out
    else:
        assert out == expected


def test_a_word_after_graph_that_is_neither_format_nor_target_is_bad_usage(tmp_path, capsys):
    (tmp_path / "a.py").write_text(EDGY)
    with pytest.raises(SystemExit) as exc:
        main(["--graph", "svg", str(tmp_path / "a.py")])
    assert exc.value.code == 2
    assert "argument --graph: invalid choice: 'svg'" in capsys.readouterr().err


# ---- source encodings ----


def test_a_file_is_read_in_the_encoding_it_declares(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    source = EDGY.replace('"say', '"café, say')
    (tmp_path / "latin.py").write_bytes(b"# -*- coding: latin-1 -*-\n" + source.encode("latin-1"))
    assert main(["latin.py:f"]) == 0
    out = capsys.readouterr().out
    assert '_af.output(print, "café, say' in out
    assert main(["latin.py:f", "-o", "out.py"]) == 0  # written as UTF-8, and still current
    assert main(["latin.py:f", "--check", "out.py"]) == 0
    assert '_af.output(print, "café, say' in (tmp_path / "out.py").read_text(encoding="utf-8")
    (tmp_path / "bom.py").write_bytes(b"\xef\xbb\xbf" + source.encode())
    assert main(["bom.py:f", "--graph"]) == 0
    from conftest import load_module

    compiled = load_module(tmp_path / "latin.py").f.source  # imported too
    assert '_af.output(print, "café, say' in compiled


def test_an_unknown_declared_encoding_gives_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "odd.py").write_bytes(b"# coding: no-such-codec\n" + EDGY.encode())
    assert main(["odd.py:f"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("autoform-compile: error: odd.py: cannot read the file: unknown encoding")
    assert err.count("\n") == 1


# ---- --diff ----


def test_diff_shows_the_original_against_the_generated_with_file_lines(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["tests/cases/rebinding.py:pipeline", "--diff"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[:3] == [
        "--- tests/cases/rebinding.py:pipeline",
        "+++ pipeline, generated",
        "@@ -6,6 +1,13 @@",  # the decorator is line 6 of the file
    ]
    assert "+@_af.hides" in lines  # a `def`'s code runs with the event loop hidden
    assert "+    if not _af.as_compiled(primitives=(af.lm_call, af.format)):" in lines
    assert "+    if not _af.holds(a, str, b, str):" in lines  # the entry check
    assert "-@af.concurrent" in lines
    assert "-def pipeline(a: str, b: str) -> str:" in lines
    assert "+async def pipeline(a: str, b: str) -> str:" in lines
    assert "+        x_2 = await x_2_task" in lines


def test_diff_has_one_diff_per_function(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["tests/cases/progress_prints.py", "examples/research.py:research", "--diff"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n--- ") + out.startswith("--- ") == 2
    assert "--- examples/research.py:research\n+++ research, generated\n@@ -21," in out


# ---- MODULE:FUNC, found without importing anything ----

INIT_THAT_RUNS = "open('EXECUTED', 'w').write('ran')\nraise SystemExit('the package ran')\n"


@pytest.fixture
def package(tmp_path, monkeypatch):
    """mypkg/sub/pipe.py, under packages whose __init__ writes a file, then exits."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mypkg" / "sub").mkdir(parents=True)
    (tmp_path / "mypkg" / "__init__.py").write_text(INIT_THAT_RUNS)
    (tmp_path / "mypkg" / "sub" / "__init__.py").write_text(INIT_THAT_RUNS)
    (tmp_path / "mypkg" / "sub" / "pipe.py").write_text(
        (ROOT / "tests/cases/rebinding.py").read_text()
        + "\n\nLIMIT = 3\n\n\n@af.concurrent\ndef limited(a: str) -> str:\n"
        "    return af.format('{} {}', af.lm_call([a], model='m'), LIMIT)\n"
    )
    return tmp_path


def test_module_target_is_found_without_running_its_packages(package, capsys):
    assert main(["mypkg.sub.pipe:pipeline"]) == 0
    out = capsys.readouterr().out
    assert not (package / "EXECUTED").exists()
    assert "mypkg" not in sys.modules
    assert out.startswith(
        "# Generated by autoform-compile from mypkg.sub.pipe. Regenerate rather than edit:\n"
        "#   autoform-compile mypkg.sub.pipe:pipeline\n"
    )
    assert "async def pipeline(a: str, b: str) -> str:" in out
    assert main(["mypkg.sub.pipe"]) == 0  # every decorated function, names imported by module
    assert (
        "from mypkg.sub.pipe import LIMIT  # defined in mypkg.sub.pipe" in capsys.readouterr().out
    )
    assert main(["mypkg.sub.pipe:pipeline", "--explain"]) == 0
    assert not (package / "EXECUTED").exists()


def test_module_and_path_forms_give_the_same_code(package, capsys):
    assert main(["mypkg.sub.pipe:pipeline", "--graph", "dot"]) == 0
    by_module = capsys.readouterr().out
    assert main(["mypkg/sub/pipe.py:pipeline", "--graph", "dot"]) == 0
    assert capsys.readouterr().out == by_module


def test_a_target_is_a_path_when_it_is_a_file_ends_in_py_or_has_a_separator(package):
    (package / "script").write_text("x = 1\n")  # an existing file without .py
    (package / "pipe.py").write_text("x = 1\n")
    assert resolve_target("script:f") == Target("script:f", "script", "f")
    assert resolve_target("missing.py") == Target("missing.py", "missing.py", None)
    assert resolve_target("mypkg/sub:f").module_name is None
    assert resolve_target("pipe") == Target("pipe", "pipe.py", None, "pipe")
    found = resolve_target("mypkg.sub.pipe:limited")
    assert found == Target(
        "mypkg.sub.pipe:limited", "mypkg/sub/pipe.py", "limited", "mypkg.sub.pipe"
    )


def test_module_lookup_follows_import_precedence(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    for root in (first, second):
        (root / "pkg").mkdir(parents=True)
        (root / "pkg" / "mod.py").write_text("")
    (first / "pkg" / "__init__.py").write_text("")
    (first / "pkg.py").write_text("")  # a package wins over a module beside it
    assert find_module("pkg.mod", [first, second]) == first / "pkg" / "mod.py"
    assert find_module("pkg", [first, second]) == first / "pkg" / "__init__.py"
    # Directories without __init__.py are one namespace package across the roots.
    (second / "ns" / "a").mkdir(parents=True)
    (second / "ns" / "a" / "deep.py").write_text("")
    (first / "ns").mkdir()
    assert find_module("ns.a.deep", [first, second]) == second / "ns" / "a" / "deep.py"
    # A regular package is found first wherever it is; among them, the current directory
    # comes before sys.path.
    monkeypatch.chdir(second)
    monkeypatch.setattr(sys, "path", [str(first)])
    assert find_module("pkg.mod") == first / "pkg" / "mod.py"
    (second / "pkg" / "__init__.py").write_text("")
    monkeypatch.setattr(sys, "path", [str(first)])
    assert find_module("pkg.mod").resolve() == (second / "pkg" / "mod.py").resolve()
    monkeypatch.chdir(tmp_path)
    assert find_module("pkg.mod") == first / "pkg" / "mod.py"


# ---- several targets ----


def test_several_targets_are_printed_in_order_each_under_its_name(package, capsys):
    (package / "two.py").write_text((ROOT / "tests/cases/progress_prints.py").read_text())
    assert main(["two.py", "mypkg.sub.pipe:pipeline"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ==> two.py <==\n# Generated by autoform-compile from two.py.")
    assert "\n\n# ==> mypkg.sub.pipe:pipeline <==\n# Generated by" in out
    assert out.index("def pipeline(doc: str") < out.index("def pipeline(a: str")
    for view, mark in [("--graph", "%% "), ("--graph=dot", "// "), ("--explain", "")]:
        assert main(["mypkg.sub.pipe:pipeline", "two.py", view]) == 0
        out = capsys.readouterr().out
        assert out.startswith(f"{mark}==> mypkg.sub.pipe:pipeline <==\n")
        assert f"\n\n{mark}==> two.py <==\n" in out
    assert main(["two.py", "--graph"]) == 0
    assert "==>" not in capsys.readouterr().out  # one target: no header


def test_one_bad_target_among_several_prints_nothing_but_its_error(package, capsys):
    (package / "two.py").write_text((ROOT / "tests/cases/progress_prints.py").read_text())
    assert main(["two.py", "nothere.mod:f", "two.py:nope", "mypkg.sub.pipe"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "autoform-compile: error: nothere.mod: no such module: neither nothere/mod.py nor "
        "nothere/mod/__init__.py is in the current directory or on sys.path.",
        "autoform-compile: error: two.py:1:0: no module-level function named `nope` "
        "(functions here: pipeline).",
    ]


@pytest.mark.parametrize("option", ["-o", "--check"])
def test_output_and_check_refuse_several_targets(option, package, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["mypkg.sub.pipe", "mypkg.sub.pipe:pipeline", option, "out.py"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "error: -o/--output and --check take one target; run once per target" in err
    assert not (package / "out.py").exists()


def test_output_and_check_work_with_a_module_target(package, capsys):
    assert main(["mypkg.sub.pipe:pipeline", "-o", "out.py"]) == 0
    assert main(["mypkg.sub.pipe:pipeline", "--check", "out.py"]) == 0
    (package / "out.py").write_text("stale\n")
    assert main(["mypkg.sub.pipe:pipeline", "--check", "out.py"]) == 1
    assert capsys.readouterr().err == (
        "autoform-compile: out.py is stale; regenerate it with "
        "`autoform-compile mypkg.sub.pipe:pipeline -o out.py`.\n"
    )


# ---- usage, exit status and error messages ----


def test_help_documents_the_exit_status(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "exit status:\n  0  success\n  1  bad input:" in out
    assert "(--check) FILE is stale\n  2  bad usage" in out
    assert "--graph [{dot,mermaid}]" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["a.py", "--graph", "--explain"],
        ["a.py", "--diff", "-o", "x.py"],
        ["a.py", "--graph", "svg"],
        [],
    ],
)
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage: autoform-compile" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            "nothere.mod:f",
            "nothere.mod: no such module: neither nothere/mod.py nor nothere/mod/__init__.py "
            "is in the current directory or on sys.path.",
        ),
        (
            "mypkg.sub.pipe.deeper",  # a module has no submodules
            "mypkg.sub.pipe.deeper: no such module: neither mypkg/sub/pipe/deeper.py nor",
        ),
        (
            "loose:f",
            "loose: a directory without __init__.py (a namespace package) holds no code of "
            "its own; name a module in it, as loose.NAME.",
        ),
        (
            "my-pkg.mod:f",
            "my-pkg.mod: no such file, nor a module name; give PATH[:FUNC] or MODULE[:FUNC] "
            "(a dotted name, such as mypkg.pipelines:research).",
        ),
        (
            "mypkg.sub.pipe:nope",
            "mypkg/sub/pipe.py:1:0: no module-level function named `nope` "
            "(functions here: pipeline, limited).",
        ),
    ],
)
def test_bad_targets_give_one_line(target, message, package, capsys):
    (package / "loose").mkdir()
    assert main([target]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"autoform-compile: error: {message}")
    assert captured.err.count("\n") == 1
    assert not (package / "EXECUTED").exists()


def test_unwritable_output_and_unreadable_check_give_one_line(package, capsys):
    assert main(["mypkg.sub.pipe:pipeline", "-o", "nodir/out.py"]) == 1
    assert capsys.readouterr().err == (
        "autoform-compile: error: nodir/out.py: No such file or directory.\n"
    )
    (package / "latin.py").write_bytes(b"caf\xe9\n")
    assert main(["mypkg.sub.pipe:pipeline", "--check", "latin.py"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("autoform-compile: error: latin.py: 'utf-8' codec can't decode")
    assert err.count("\n") == 1


def test_a_global_statement_cannot_go_to_a_generated_module(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glob.py").write_text(
        "import autoform as af\n\nSEEN = ''\n\n\ndef f(x: str):\n    global SEEN\n"
        "    SEEN = af.lm_call([{'role': 'user', 'content': x}], model='m')\n    return SEEN\n"
    )
    assert main(["glob.py:f"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("autoform-compile: error: glob.py:7:4: `global SEEN` cannot be kept")
    assert "Use @af.concurrent" in err
    assert main(["glob.py:f", "--explain"]) == 0  # the report is fine: nothing is generated


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    import subprocess

    script = (
        "import sys; from autoform.cli import main; "
        "sys.exit(main(['examples/research.py:research']))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head` that has read all it wanted before the output came
    err = proc.stderr.read().decode()
    assert proc.wait() == 0
    assert "Traceback" not in err


_CLASS_PIPELINE = """\
import autoform as af


class Researcher:
    def __init__(self, model: str) -> None:
        self.model = model

    def run(self, topic: str) -> list:
        a = af.lm_call([{"role": "user", "content": f"pros of {topic}"}], model="m")
        b = af.lm_call([{"role": "user", "content": f"cons of {topic}"}], model="m")
        return [a, b]
"""


def test_a_method_is_a_target_and_is_explained(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bot.py").write_text(_CLASS_PIPELINE)
    assert main(["bot.py:Researcher.run"]) == 0
    out = capsys.readouterr().out
    assert "#   autoform-compile bot.py:Researcher.run" in out
    assert "async def run(self, topic: str) -> list:" in out
    assert "await _af.gather(" in out
    assert main(["bot.py:Researcher.run", "--explain"]) == 0
    assert "run together" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("bot.py:Researcher.no", "class `Researcher` has no method `no` (methods: __init__, run)"),
        ("bot.py:Nope.run", "no module-level class named `Nope` (classes here: Researcher)"),
    ],
)
def test_a_missing_class_or_method_is_one_line(target, expected, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bot.py").write_text(_CLASS_PIPELINE)
    assert main([target]) != 0
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and err.count("\n") == 1


# ---- helpers imported from the user's other files, read without running them ----

_UTIL = """\
import autoform as af


def llm_call(prompt: str) -> str:
    return af.lm_call([{"role": "user", "content": prompt}], model="m")
"""

_PIPE = """\
import shutil

from app.util import llm_call as ask
from helpers import shout

from ..util import llm_call
from .missing import lost


def pipeline(topic: str) -> str:
    a = llm_call(f"pros of {topic}")
    b = llm_call(f"cons of {topic}")
    c = ask(a + b)
    shout(c)
    lost(c)
    shutil.rmtree("nothing")
    return c
"""


@pytest.fixture
def app(tmp_path, monkeypatch):
    """app/sub/pipe.py importing helpers from app/util.py (relatively and absolutely) and
    app/sub/helpers.py (beside it), under packages whose __init__ writes a file, then exits."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app" / "sub").mkdir(parents=True)
    for init in ("app/__init__.py", "app/sub/__init__.py"):
        (tmp_path / init).write_text(INIT_THAT_RUNS)
    (tmp_path / "app" / "util.py").write_text(_UTIL)
    (tmp_path / "app" / "sub" / "helpers.py").write_text("def shout(x):\n    print(x.upper())\n")
    (tmp_path / "app" / "sub" / "pipe.py").write_text(_PIPE)
    return tmp_path


def test_helpers_imported_from_the_users_files_are_read(app, capsys):
    assert main(["app/sub/pipe.py:pipeline", "--explain"]) == 0
    out = capsys.readouterr().out
    assert not (app / "EXECUTED").exists() and "app" not in sys.modules
    assert "  LM calls: 3\n  longest chain of them that wait for one another: 2\n" in out
    assert "  run together:\n    line 11 `a`, line 12 `b`\n" in out
    assert "line 13 `c` waits for line 11 `a`: reads `a`" in out
    # A helper with an effect, beside the target: which statement has it.
    assert "`shout` has an effect at app/sub/helpers.py:2 `print(x.upper())`" in out
    # What cannot be seen is said, once each.
    assert out.endswith(
        "  not seen:\n"
        "    `lost` from module `.missing`: source not found; taken as an unknown call\n"
        "    `rmtree` from module `shutil`: library code, not read; taken as an unknown call\n"
    )
    assert main(["app.sub.pipe:pipeline", "--explain"]) == 0  # by module name, the same
    assert capsys.readouterr().out == out
    assert main(["app/sub/pipe.py:pipeline"]) == 0
    assert "await _af.gather(" in capsys.readouterr().out  # a and b, through the helper


def test_a_helper_from_an_installed_package_is_never_read(app, capsys):
    (app / "app" / "sub" / "pipe.py").write_text(
        "from json import loads as ask\n\n\n"
        "def pipeline(topic: str) -> str:\n    return ask(topic)\n"
    )
    assert main(["app/sub/pipe.py:pipeline", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "  no LM calls seen.\n" in out


def test_a_syntax_error_in_an_imported_file_is_one_line(app, capsys):
    (app / "app" / "util.py").write_text(_UTIL + "\ndef broken(:\n")
    assert main(["app/sub/pipe.py:pipeline", "--explain"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "autoform-compile: error: app/util.py:7:11: syntax error: invalid syntax (a file "
        "app/sub/pipe.py imports `llm_call` from)\n"
    )


def test_an_internal_failure_is_one_line_not_a_traceback(app, capsys, monkeypatch):
    import autoform.cli as cli

    def broken(*args, **kwargs):
        raise KeyError("x")

    monkeypatch.setattr(cli, "explain", broken)
    assert main(["app/sub/pipe.py:pipeline", "--explain"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "autoform-compile: error: app/sub/pipe.py:pipeline: autoform failed (KeyError: 'x'). "
        "This is a bug in autoform, please report it.\n"
    )


@pytest.mark.parametrize(
    ("func", "said"),
    [("", "no function after `:`"), ("1bad", "`1bad` is not a function's name")],
)
def test_a_file_with_no_function_name_after_the_colon_is_one_line(func, said, app, capsys):
    assert main([f"app/sub/pipe.py:{func}", "--explain"]) == 1
    assert capsys.readouterr().err == (
        f"autoform-compile: error: app/sub/pipe.py: {said}; give PATH:FUNC or PATH:Class.method.\n"
    )


def test_a_helper_that_cannot_be_compiled_is_reported(app, capsys):
    (app / "app" / "sub" / "gen.py").write_text(
        "import autoform as af\n\n\ndef ask(x):\n"
        '    yield af.lm_call([{"role": "user", "content": x}], model="m")\n'
    )
    (app / "app" / "sub" / "p2.py").write_text(
        "from .gen import ask\n\n\ndef pipeline(topic: str) -> list:\n    return list(ask(topic))\n"
    )
    assert main(["app/sub/p2.py:pipeline", "--explain"]) == 0
    assert capsys.readouterr().out.endswith(
        "  no LM calls seen.\n"
        "  not seen:\n"
        "    `ask` from module `app.sub.gen`: not compiled (`yield` (a generator) is not "
        "supported.); taken as an unknown call\n"
    )


def test_a_method_of_a_class_imported_from_another_file_is_read(app, capsys):
    (app / "app" / "agents.py").write_text(
        "import autoform as af\n\n\nclass Bot:\n"
        "    def __init__(self, model: str) -> None:\n        self.model = model\n\n"
        "    def ask(self, prompt: str) -> str:\n"
        '        return af.lm_call([{"role": "user", "content": prompt}], model=self.model)\n'
    )
    (app / "app" / "sub" / "p3.py").write_text(
        "from ..agents import Bot\n\n\ndef pipeline(topic: str) -> str:\n"
        '    bot = Bot("m")\n    a = bot.ask(topic + "1")\n    b = bot.ask(topic + "2")\n'
        "    return a + b\n"
    )
    assert main(["app/sub/p3.py:pipeline", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "  LM calls: 2\n" in out and "  run together:\n    line 6 `a`, line 7 `b`\n" in out
    # (Making a Bot changes nothing but the new object: read in its file, as af.concurrent
    # reads it.)
    assert "not seen" not in out
