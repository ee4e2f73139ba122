"""Calls whose arguments look into values of uncertain type (issue 11, cause 7): an f-string,
`str()`, a template of a user's object runs its `__format__`/`__str__`, which may print or
raise. Such a call still starts early when those values turn out to be builtin when it runs
(`_af.when_plain`); else its arguments are made in its turn, after every statement before
it, as the sequential run makes them. A plain step of that kind keeps its place. Each
program runs as written and compiled (tests/test_soundness.py's `both`)."""

from __future__ import annotations

import textwrap

from test_soundness import both, write


class Unread:
    """A class of a module the program's does not reach (this one): autoform does not read
    its source, so only the run-time check (`_af.when_plain`) and the turns keep its
    dunders in order. (Defined in the program's module, it would hold its loops in order:
    tests/test_unseen.py.)"""

    def __init__(self, text):
        self.text = text

    def __format__(self, spec):
        print("format", self.text)
        return self.text

    def __str__(self):
        return format(self)


SHOWN = """
LOG = []


class Shown:
    def __init__(self, text, fail=False):
        self.text, self.fail = text, fail

    def __format__(self, spec):
        LOG.append("format " + self.text)
        print("format", self.text)
        if self.fail:
            raise ValueError("no format")
        return self.text

    def __str__(self):
        return format(self)
"""


def test_a_dunder_in_a_later_prompt_runs_after_the_print_before_it(tmp_path):
    path = write(
        tmp_path,
        SHOWN
        + textwrap.dedent(
            """
        def main(topic):
            t = Shown(topic)
            a = ask("first " + topic)
            print("between")
            b = ask(f"About {t}")
            return [a, b]
        """
        ),
    )
    both(path, "owl")


def test_a_dunder_does_not_run_ahead_of_an_earlier_call_that_fails(tmp_path):
    for fail in (False, True):  # the dunder raising too, or not
        path = write(
            tmp_path,
            SHOWN
            + textwrap.dedent(
                f"""
        def main(topic):
            t = Shown(topic, {fail})
            a = ask("first " + topic)
            b = ask(f"About {{t}}")
            c = ask("s:" + str(t))
            return [a, b, c]
        """
            ),
        )
        value, _, _ = both(path, "FAIL owl")
        assert value[0] == "LMFailure"
        value, _, _ = both(path, "owl")
        assert (value[0] == "ValueError") is fail


def test_builtin_values_of_uncertain_type_still_overlap(tmp_path):
    # An unannotated parameter holding a str: its calls start together, as before.
    path = write(
        tmp_path,
        """
        def main(topic, n):
            a = ask(f"A {topic}")
            b = ask(f"B {topic} {n}")
            c = ask("C " + str(n))
            return [a, b, c]
        """,
    )
    _, compiled, client = both(path, "owl", 3)
    assert "_af.when_plain(" in compiled.source
    assert client.peak == 3


def test_a_loop_over_values_of_uncertain_type_fans_out_and_keeps_their_dunders_in_order(
    tmp_path,
):
    path = write(
        tmp_path,
        """
        def main(items):
            out = []
            for item in items:
                out.append(ask(f"item {item}"))
            return out
        """,
    )
    _, compiled, client = both(path, ["a", "b", "c"])
    assert "ordered=True" in compiled.source and client.peak == 3
    objects = write(
        tmp_path,
        """
        def main(items):
            out = []
            for item in items:
                out.append(ask(f"item {item}"))
            return out
        """,
    )
    both(objects, [Unread("a"), Unread("FAIL b"), Unread("c")])
    _, compiled, _ = both(objects, [Unread("a"), Unread("b"), Unread("c")])
    assert "ordered=True" in compiled.source


def test_a_plain_step_running_a_dunder_keeps_its_place(tmp_path):
    path = write(
        tmp_path,
        SHOWN
        + textwrap.dedent(
            """
        def main(topic):
            t = Shown(topic)
            a = ask("first " + topic)
            print("between")
            x = f"About {t}"
            b = ask(x)
            return [a, b]
        """
        ),
    )
    both(path, "owl")
    both(path, "FAIL owl")


def test_a_helper_that_formats_what_it_is_given_is_called_in_turn_with_objects(tmp_path):
    # The helper looks into its argument (HelperSummary.guards): its call in a fanned-out
    # loop is made in turn when the item is a user's object, at once when it is a str.
    body = """
        def judge(x):
            return ask(f"judge {x}")

        def main(items):
            out = []
            for item in items:
                out.append(judge(item))
            return out
        """
    path = write(tmp_path, textwrap.dedent(body))
    both(path, [Unread("a"), Unread("FAIL b"), Unread("c")])
    both(path, [Unread("a"), Unread("b"), Unread("c")])
    _, _, client = both(path, ["a", "b", "c"])
    assert client.peak == 3


def test_only_what_is_passed_for_a_looked_into_parameter_is_checked(tmp_path):
    # `ask` formats `q` only: the client object passed beside it does not hold items back.
    body = """
        class Client:
            pass

        def judge(client, q):
            return ask(f"judge {q}")

        def main(words):
            c = Client()
            out = []
            for w in words:
                out.append(judge(c, w))
            return out
        """
    path = write(tmp_path, textwrap.dedent(body))
    _, compiled, client = both(path, ["a", "b", "c"])
    assert "_af.when_plain((w,)" in compiled.source and client.peak == 3
