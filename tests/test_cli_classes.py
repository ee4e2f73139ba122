"""`autoform-compile`, which never runs the user's module, sees what ``af.concurrent`` sees
of class-based pipelines: the attributes ``__init__`` certainly sets (sub-modules, an
annotated parameter, ``list[Assistant]``), an object called through its class's
``__call__``, and methods compiled for the class of their ``self``. Each shape is compiled
both ways and the generated code compared; what the command line cannot tell, its
``--explain`` says."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, load_module

from autoform import api, cli
from autoform.targets import resolve_target


def _write(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "pipeline_classes.py"
    path.write_text(textwrap.dedent(source))
    return path


def _static(path: Path, target: str) -> str:
    return cli._compile(resolve_target(f"{path}:{target}"))[1][0].source


def _live(path: Path, target: str) -> str:
    cls, method = target.split(".")
    module = load_module(path)
    return api._compile(getattr(getattr(module, cls), method))[0].source


def _both(tmp_path: Path, source: str, target: str) -> str:
    """The code the command line generates for ``target``, checked to be ``af.concurrent``'s."""
    path = _write(tmp_path, source)
    static = _static(path, target)
    assert static == _live(path, target)
    return static


def _explain(capsys, path: Path, target: str) -> str:
    assert cli.main([f"{path}:{target}", "--explain"]) == 0
    return capsys.readouterr().out


SUBMODULES = """\
import autoform as af


class Module:
    def __call__(self, **kwargs):
        return self.forward(**kwargs)


class Predict(Module):
    def __init__(self, instruction: str, model: str = "m") -> None:
        self.instruction = instruction
        self.model = model

    def forward(self, text):
        prompt = f"{self.instruction}: {text}"
        return af.lm_call([{"role": "user", "content": prompt}], model=self.model)


class Program(Module):
    def __init__(self) -> None:
        self.judge = Predict("judge")
        self.answer = Predict("answer")

    def forward(self, passages):
        verdicts = []
        for passage in passages:
            verdicts.append(self.judge(text=passage))
        return self.answer(text=" | ".join(verdicts))
"""


def test_submodules_called_through_call_forward_fan_out_as_live(tmp_path):
    code = _both(tmp_path, SUBMODULES, "Program.forward")
    assert "fan_out" in code
    assert "await _af.acall(self.answer" in code


def test_submodules_explain_counts_their_lm_calls(tmp_path, capsys):
    out = _explain(capsys, _write(tmp_path, SUBMODULES), "Program.forward")
    assert "LM calls: 1 + 1 per item of the loop" in out
    assert "no LM calls seen" not in out
    assert "not seen:" not in out


PANEL = """\
import autoform as af


class Assistant:
    def __init__(self, name: str, model: str = "m") -> None:
        self.name = name
        self.model = model

    def ask(self, question: str) -> str:
        prompt = f"You are {self.name}. {question}"
        return af.lm_call([{"role": "user", "content": prompt}], model=self.model)


class Panel:
    def __init__(self, panelists: list[Assistant], moderator: Assistant) -> None:
        self.panelists = panelists
        self.moderator = moderator

    def discuss(self, question: str) -> str:
        opinions = []
        for panelist in self.panelists:
            opinions.append(panelist.ask(question))
        return self.moderator.ask("\\n".join(opinions))
"""


def test_list_of_assistants_parameter_fans_out_as_live(tmp_path):
    code = _both(tmp_path, PANEL, "Panel.discuss")
    assert "fan_out" in code
    assert "await _af.acall(self.moderator.ask" in code


def test_the_corpus_panel_and_dspy_program_match_live(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT))
    for path, target in [
        ("tests/corpus/dspy_modules.py", "RelevantQA.forward"),
        ("tests/corpus/persona_panel.py", "Panel.discuss"),
        ("tests/corpus/dspy_style.py", "AnswerWithFacts.forward"),
        ("tests/corpus/orchestrator_workers.py", "FlexibleOrchestrator.process"),
    ]:
        cls, method = target.split(".")
        module = __import__(path.removesuffix(".py").replace("/", "."), fromlist=[cls])
        live = api._compile(getattr(getattr(module, cls), method))[0].source
        assert _static(Path(path), target) == live, target


def test_dspy_program_explain_fans_out_the_judgements(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = _explain(capsys, Path("tests/corpus/dspy_modules.py"), "RelevantQA.forward")
    assert "LM calls: 1 + 1 per item of the loop at line 44" in out
    assert "(its items together)" in out


STORED_ELSEWHERE = (
    SUBMODULES
    + """

def swap(program: Program) -> None:
    program.judge = Predict("other")
"""
)


def test_an_attribute_stored_elsewhere_is_unknown_in_both(tmp_path, capsys):
    code = _both(tmp_path, STORED_ELSEWHERE, "Program.forward")
    assert "fan_out" not in code
    out = _explain(capsys, tmp_path / "pipeline_classes.py", "Program.forward")
    assert (
        "`judge` of `Program` objects (module `pipeline_classes`): set in more than one place "
        "in the file; what is called through it is taken as an unknown call"
    ) in out


OVERRIDDEN = """\
import autoform as af

LOG = []


class Base:
    def __init__(self, model: str) -> None:
        self.model = model

    def lm(self, text: str) -> str:
        return af.lm_call([{"role": "user", "content": text}], model=self.model)

    def run(self, items: list[str]) -> list[str]:
        out = []
        for item in items:
            out.append(self.lm(item))
        return out


class Logged(Base):
    def lm(self, text: str) -> str:
        LOG.append(text)
        return af.lm_call([{"role": "user", "content": text}], model=self.model)
"""


def test_a_method_a_subclass_overrides_is_not_exact_in_both(tmp_path, capsys):
    code = _both(tmp_path, OVERRIDDEN, "Base.run")
    assert "fan_out" not in code
    out = _explain(capsys, tmp_path / "pipeline_classes.py", "Base.run")
    assert "`lm` of `Base` objects (module `pipeline_classes`): overridden by the subclass " in out


def test_a_method_no_subclass_overrides_fans_out(tmp_path):
    source = OVERRIDDEN.replace(
        "    def lm(self, text: str) -> str:\n        LOG",
        "    def x(self, text: str) -> str:\n        LOG",
    )
    assert "fan_out" in _both(tmp_path, source, "Base.run")


def _refusal(tmp_path: Path, capsys, source: str) -> str:
    """The not-seen line of `Program.judge` for SUBMODULES changed so."""
    path = _write(tmp_path, source)
    assert "fan_out" not in _static(path, "Program.forward")
    out = _explain(capsys, path, "Program.forward")
    line = next(x for x in out.splitlines() if x.strip().startswith("`judge` of `Program`"))
    return line.split(": ", 1)[1]


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        (
            "class Program(Module):\n",
            "class Program(Module):\n    __slots__ = ('judge', 'answer')\n\n",
            "its class stores or reads attributes with code of its own (`__slots__`)",
        ),
        (
            "class Program(Module):\n",
            "class Program(Module):\n    def __setattr__(self, k, v):\n"
            "        object.__setattr__(self, k, v)\n\n",
            "its class stores or reads attributes with code of its own (`__setattr__`)",
        ),
        (
            "class Program(Module):\n",
            "@staticmethod\nclass Program(Module):\n",
            "its class has no `__init__` autoform reads, or is made otherwise",
        ),
        (
            "class Program(Module):\n",
            "class Program(Module):\n    judge = None\n\n",
            "its class (or a base) binds that name too",
        ),
        (
            '        self.judge = Predict("judge")\n',
            '        if True:\n            self.judge = Predict("judge")\n',
            "not set by its `__init__` as a new object of a class of the module",
        ),
        (
            '        self.answer = Predict("answer")\n',
            "        self.answer = Predict(\"answer\")\n        setattr(self, 'x' + 'y', 1)\n",
            "the file may set any attribute (`setattr` with a computed name",
        ),
    ],
)
def test_each_refusal_is_said(tmp_path, capsys, old, new, why):
    assert old in SUBMODULES
    assert _refusal(tmp_path, capsys, SUBMODULES.replace(old, new)).startswith(why)


def test_a_subclass_with_its_own_init_is_said(tmp_path, capsys):
    source = (
        SUBMODULES + "\n\nclass Other(Program):\n    def __init__(self) -> None:\n        pass\n"
    )
    assert _refusal(tmp_path, capsys, source).startswith(
        "the subclass `Other` is made otherwise (an `__init__` of its own?)"
    )
    _both(tmp_path, source, "Program.forward")


def test_the_command_line_never_runs_the_module(tmp_path):
    source = "raise SystemExit('ran')\n" + SUBMODULES
    assert "fan_out" in _static(_write(tmp_path, source), "Program.forward")


PROPERTY = """\
import asyncio

import autoform as af


def ask(text: str) -> str:
    return af.lm_call([{"role": "user", "content": text}], model="m")


async def _fetch(name):
    await asyncio.sleep(0)
    return "profile of " + name


class User:
    def __init__(self, name: str) -> None:
        self.name = name
        self._profile = None

    @property
    def profile(self):
        if self._profile is None:
            self._profile = asyncio.run(_fetch(self.name))
        return self._profile

    @property
    def upper(self):
        return self.name.upper()

    def greet(self, topic: str) -> str:
        a = ask(topic)
        return ask(a + " / " + self.profile + " / " + self.upper)
"""


def test_a_property_that_runs_an_event_loop_is_read_with_none_running_as_live(tmp_path):
    code = _both(tmp_path, PROPERTY, "User.greet")
    # The method's code runs with the loop hidden, the property's read too (`autoform.hiding`).
    assert "@_af.hides\nasync def greet(" in code and "outside_loop" not in code
    assert "self.upper" in code


def test_an_object_built_in_the_function_is_of_that_very_class_in_both(tmp_path, capsys):
    # `p = Base("m")`, `p.run`: `self` is a Base, whose `lm` is known although Logged overrides it.
    main = "\n\ndef main(items):\n    p = Base('m')\n    return p.run(items)\n"
    path = _write(tmp_path, OVERRIDDEN + main)
    out = _explain(capsys, path, "main")
    assert "LM calls: 1 per item of the loop at line 15 of `run`" in out
    # (an `__init__` that changes only the new object: making one is no effect)
    assert "not seen:" not in out and "an effect" not in out
    module = load_module(path)
    assert api._compile(module.main)[0].source == _static(path, "main")
    assert api._summary(module.Base.run, module.Base, True).awaits
    exact = cli._compile(resolve_target(f"{path}:main"))[2].helpers
    assert exact["pipeline_classes.Base.run"].summary.awaits
    # Of Base or a subclass, it is not known: in both.
    assert not _static(path, "Base.run").count("fan_out")
    summary = api._summary(module.Base.run, module.Base, False)
    assert summary is None or not summary.awaits


def test_making_an_object_whose_init_has_effects_is_said(tmp_path, capsys):
    (tmp_path / "agents.py").write_text(
        "import autoform as af\n\nMADE = []\n\n\nclass Bot:\n"
        "    def __init__(self, model: str) -> None:\n        MADE.append(model)\n\n"
        "    def ask(self, prompt: str) -> str:\n"
        '        return af.lm_call([{"role": "user", "content": prompt}], model="m")\n'
    )
    path = tmp_path / "p.py"
    path.write_text(
        "from agents import Bot\n\n\ndef pipeline(topic: str) -> str:\n"
        '    bot = Bot("m")\n    return bot.ask(topic)\n'
    )
    out = _explain(capsys, path, "pipeline")
    assert "`Bot` from module `agents` (" in out
    assert "a class, whose making autoform does not read; taken as an unknown call" in out
