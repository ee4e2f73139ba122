"""Methods of the user's classes, compiled and summarised like helpers (issue 12, causes 7
and 9): each case runs a small module both ways (`test_soundness.both`) and compares the
value or exception, what was printed, the module's state and the LM requests made."""

from __future__ import annotations

import textwrap

from test_soundness import both, write

from autoform.cli import main

# The slower the prompt starting with "a", the sooner a wrong order shows.
SLOW_A = lambda prompt: 0.05 if prompt.startswith("a") else 0.0  # noqa: E731

BOT = """
class Bot:
    def __init__(self, model):
        self.model = model

    def lm(self, prompt):
        return af.lm_call([{"role": "user", "content": prompt}], model=self.model)
"""


def test_calls_through_self_overlap_and_give_the_same_result(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def forward(self, q: str) -> str:
                a = self.lm("a " + q)
                b = self.lm("b " + q)
                return self.lm(a + b)

        main = Bot("m").forward
        """),
    )
    _, compiled, client = both(path, "owls", latency=0.05)
    assert "_af.acall(self.lm, " in compiled.source
    assert client.peak == 2  # the two independent calls were in flight together


def test_an_object_built_in_the_function_has_its_methods_compiled(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""

        def main(q: str):
            bot = Bot("m")
            return [bot.lm("a " + q), bot.lm("b " + q)]
        """),
    )
    _, compiled, client = both(path, "owls", latency=0.05)
    assert "_af.acall(bot.lm, " in compiled.source
    assert client.peak == 2


def test_a_subclass_overriding_a_method_with_effects_keeps_it_in_order(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def run(self, q: str):
                return [self.lm("a " + q), self.lm("b " + q)]


        class Loud(Bot):
            def lm(self, prompt):
                reply = af.lm_call([{"role": "user", "content": prompt}], model=self.model)
                print(reply)
                return reply


        def run_on(bot: Bot, q: str):
            return [bot.lm("a " + q), bot.lm("b " + q)]


        def main(q: str):
            return run_on(Loud("m"), q)
        """),
    )
    # In `run_on`, `bot` may be a Bot or a Loud: their `lm`s differ, an unknown call.
    _, _, client = both(path, "owls", latency=SLOW_A)
    assert client.peak <= 1  # one at a time (an unknown call runs synchronously)


def test_a_method_of_an_object_of_a_known_class_is_that_class_s(tmp_path):
    """`af.concurrent(obj.run)` compiles `run` for the object's very class: `self.lm` is
    the override, here one whose effect is a change others see, kept in order."""
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def run(self, q: str):
                return [self.lm("a " + q), self.lm("b " + q)]


        SEEN = []


        class Keeping(Bot):
            def lm(self, prompt):
                reply = af.lm_call([{"role": "user", "content": prompt}], model=self.model)
                SEEN.append(reply)
                return reply


        main = Keeping("m").run
        """),
    )
    _, _, client = both(path, "owls", latency=SLOW_A)
    assert client.peak <= 1


def test_an_instance_attribute_shadowing_a_method_keeps_it_in_order(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def run(self, q: str):
                return [self.lm("a " + q), self.lm("b " + q)]


        def loud(prompt):
            reply = ask(prompt)
            print(reply)
            return reply


        bot = Bot("m")
        bot.lm = loud
        main = bot.run
        """),
    )
    _, _, client = both(path, "owls", latency=SLOW_A)
    assert client.peak <= 1  # one at a time (an unknown call runs synchronously)


def test_a_method_mutating_self_is_an_effect(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def counted(self, prompt):
                self.n = getattr(self, "n", 0) + 1
                return self.lm(f"{prompt} #{self.n}")

            def run(self, q: str):
                return [self.counted("a " + q), self.counted("b " + q), self.n]


        main = Bot("m").run
        """),
    )
    both(path, "owls", latency=SLOW_A)


def test_a_method_reads_self_as_it_is_when_called(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def run(self, q: str):
                first = self.lm("a " + q)
                self.model = "other"
                return [first, self.lm("b " + q)]


        main = Bot("m").run
        """),
    )
    both(path, "owls", latency=SLOW_A)


def test_what_a_method_returns_of_self_is_not_fresh(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def notes(self):
                if not hasattr(self, "kept"):
                    self.kept = []
                return self.kept

            def run(self, q: str):
                kept = self.notes()
                kept.append(self.lm("a " + q))
                return self.lm(f"b {len(self.kept)}")


        main = Bot("m").run
        """),
    )
    both(path, "owls", latency=SLOW_A)


def test_the_cli_compiles_a_method_calling_its_own(tmp_path, capsys, monkeypatch):
    path = tmp_path / "bots.py"
    path.write_text(
        textwrap.dedent(
            """\
            import autoform as af


            class Bot:
                def lm(self, prompt: str) -> str:
                    return af.lm_call([{"role": "user", "content": prompt}], model="m")

                def forward(self, q: str) -> str:
                    a = self.lm("a " + q)
                    b = self.lm("b " + q)
                    return self.lm(a + b)
            """
        )
    )
    monkeypatch.chdir(tmp_path)
    assert main([f"{path}:Bot.forward"]) == 0
    out = capsys.readouterr().out
    assert "_af.acall(self.lm, " in out
    assert "await _af.gather(" in out  # the two independent calls overlap


def test_a_subclass_that_overrides_nothing_still_overlaps(tmp_path):
    path = write(
        tmp_path,
        BOT
        + textwrap.dedent("""
            def run(self, q: str):
                return [self.lm("a " + q), self.lm("b " + q)]


        class Quiet(Bot):
            pass


        main = Quiet("m").run
        """),
    )
    _, _, client = both(path, "owls", latency=0.05)
    assert client.peak == 2
