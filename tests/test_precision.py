"""Precision (issue 12): pure steps never hold calls back. Each test runs a small module as
written and compiled (as tests/test_soundness.py does: same value or error, output, module
state and LM requests) and asserts from the fake client's side how many calls were in
flight at once; the per-stage facts behind it are in tests/test_stage_*.py."""

from __future__ import annotations

from stagekit import code, parse
from test_soundness import both, write

import autoform as af
from autoform.analysis import knowledge
from autoform.analysis.calls import CallKind, annotate_calls, local_names


def table(tmp_path, body: str, extra: str = "", signature: str = "topic: str"):
    src, resolver = parse(tmp_path, body, signature, extra)
    calls = annotate_calls(src, resolver, local_names(src.func))
    return {code(c): (info.kind, info.qualname) for c, info in calls.items()}


# -- the knowledge base, by resolved name and receiver type ---------------------------------


MODULE = """\
import json
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from pydantic import BaseModel

TEMPLATE = "Summarise {} please"
PATTERN = re.compile(r"<a>(.*)</a>")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


class Answer(BaseModel):
    text: str


def record(x):
    pass


"""


def test_library_functions_and_methods_are_known_by_name_and_receiver_type(tmp_path):
    found = table(
        tmp_path,
        """\
        reply = af.lm_call([{"role": "user", "content": topic}], model="m")
        label = reply.strip().lower()
        m = re.search(r"<b>(.*)</b>", reply)
        inner = m.group(1) if m else label
        n = PATTERN.search(reply)
        data = json.loads(reply)
        text = TEMPLATE.format(topic)
        p = Point(1, 2)
        a = Answer.model_validate_json(reply)
        counts = Counter(reply.split())
        groups = defaultdict(list)
        log.info("got %s", reply)
        record(reply)
        return inner, n, data, text, p, a, counts, groups
        """,
        extra=MODULE,
    )
    pure = {c: q for c, (k, q) in found.items() if k is CallKind.PURE}
    assert pure["reply.strip()"] == "str.strip"
    assert pure["reply.strip().lower()"] == "str.lower"
    assert pure['re.search(r"<b>(.*)</b>", reply)'] == "re.search"
    assert pure["m.group(1)"] == "re.Match.group"
    assert pure["PATTERN.search(reply)"] == "re.Pattern.search"
    assert pure["json.loads(reply)"] == "json.loads"
    assert pure["TEMPLATE.format(topic)"] == "str.format"
    assert "Point(1, 2)" in pure
    assert pure["Answer.model_validate_json(reply)"] == "type[pydantic].model_validate_json"
    assert "Counter(reply.split())" in pure and "defaultdict(list)" in pure
    # Output only: an unknown call known by name, which the effects analysis orders.
    assert found['log.info("got %s", reply)'] == (CallKind.UNKNOWN, "logging.Logger.info")
    assert found["record(reply)"][0] is CallKind.UNKNOWN


def test_unknown_stays_unknown(tmp_path):
    # A method is known by its receiver's type, never by its name alone; a name bound twice
    # has no certain type; a factory that may do anything keeps defaultdict unknown.
    found = table(
        tmp_path,
        """\
        p.replace(topic)
        s = "a"
        s = p
        s.strip()
        TWICE.format(topic)
        defaultdict(record)
        Loose(1)
        """,
        extra=MODULE + 'TWICE = "{}"\nTWICE = 3\n\n\nclass Loose(BaseModel):\n'
        "    x: int\n\n    def __init__(self, x):\n        record(x)\n\n\n",
        signature="p, topic: str",
    )
    assert {k for k, _ in found.values()} == {CallKind.UNKNOWN}


def test_a_star_import_may_rebind_any_constant(tmp_path):
    found = table(
        tmp_path,
        "return TEMPLATE.format(topic)\n",
        extra='TEMPLATE = "{}"\nfrom os.path import *\n\n\n',
    )
    assert found["TEMPLATE.format(topic)"][0] is CallKind.UNKNOWN


def test_af_pure_declares_a_function_of_the_users(tmp_path):
    path = write(
        tmp_path,
        """
        CACHE = {}

        def shout(text):
            CACHE[text] = True  # a memo table: an effect, unless declared pure
            return text.upper()

        af.pure(shout, raises=False)

        @af.pure
        def first_word(text):
            CACHE[text] = True
            return text.split()[0]

        def main(topic: str):
            a = ask(shout(topic))
            b = ask(shout(topic + " b"))
            words = []
            for t in [topic, topic + "?"]:
                words.append(ask(first_word(t)))
            return [a, b, words]
        """,
    )
    _, _, client = both(path, "owls and larks")
    assert client.peak == 2  # each pair: the loop's items fan out
    assert af.pure(len) is len and knowledge.function("builtins.len") is not None


def test_af_pure_as_a_decorator_is_seen_by_the_command_line(tmp_path):
    found = table(
        tmp_path,
        "return tidy(topic)\n",
        extra="@af.pure\ndef tidy(text):\n    print(text)\n    return text\n\n\n",
    )
    assert found["tidy(topic)"] == (CallKind.PURE, "mod.tidy")


# -- helpers that are LM calls plus pure post-processing -------------------------------------


def test_a_helper_that_post_processes_its_reply_overlaps(tmp_path):
    path = write(
        tmp_path,
        """
        import json
        import re

        def label_of(x: str) -> str:
            reply = af.lm_call([{"role": "user", "content": x}], model=M)
            return reply.strip().lower()

        def parsed(x: str):
            for _ in range(3):
                reply = af.lm_call([{"role": "user", "content": "{}"}], model=M)
                try:
                    return json.loads(reply[reply.index("{"):])
                except (json.JSONDecodeError, ValueError):
                    continue
            return None

        def found(x: str):
            reply = ask(x)
            m = re.search(r"<(.*)>", reply)
            return m.group(1) if m else reply

        def main(topic: str):
            a = label_of(topic + "1")
            b = label_of(topic + "2")
            c = found(topic)
            d = [label_of(t) for t in [topic, topic + "!"]]
            return [a, b, c, d]
        """,
    )
    _, compiled, client = both(path, "owls")
    # the three calls together, then the loop's two items (a fan-out waits for the calls
    # before it, as every block does)
    assert client.peak == 3 and "fan_out" in compiled.source


# -- templates: a constant's .format, a literal's, af.format of a constant, ** of a display --


def test_templates_filled_from_constants_do_not_serialise_calls(tmp_path):
    path = write(
        tmp_path,
        """
        TEMPLATE = "Summarise {} please"
        NAMED = "About {topic}: {angle}"

        def main(x: str):
            a = ask(TEMPLATE.format(x))
            b = ask("A {}".format(x))
            c = ask(af.format(TEMPLATE, x))
            d = ask(NAMED.format(**{"topic": x, "angle": "b"}))
            e = ask(af.format(NAMED, topic=a, angle=b))
            return [a, b, c, d, e]
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 4


def test_a_template_that_does_not_fit_keeps_its_place(tmp_path):
    # Each of these raises (a missing field, numbering mixed, a field of a str's attribute
    # only at run time): the error must come after the first call's, as written.
    for fill in ('"{} {0}".format(x)', "MISSING.format(x)", 'af.format("{a}", **{"b": x})'):
        path = write(
            tmp_path,
            f"""
            MISSING = "{{name}}"

            def main(x: str):
                a = ask("FAIL " + x)
                b = ask({fill})
                return [a, b]
            """,
        )
        value, _, _ = both(path, "owls")
        assert value[0] == "LMFailure"


def test_template_safety_facts(tmp_path):
    from stagekit import run

    s = run(
        tmp_path,
        """\
        a = TEMPLATE.format(topic)
        b = TEMPLATE.format(topic, topic)
        c = af.format(TEMPLATE, **{"x": topic})
        d = NAMED.format(**{"topic": topic, "angle": topic})
        e = NAMED.format(**{"topic": topic})
        f = SHADOWED.format(topic)
        return a
        """,
        "raises",
        extra='TEMPLATE = "T {}"\nNAMED = "{topic} {angle}"\nSHADOWED = "{}"\n\n\n'
        "def other():\n    SHADOWED = 1\n    return SHADOWED\n\n\n",
    )
    assert [x.may_raise for x in s.safety[:6]] == [False, False, True, False, True, True]


# -- output in a loop that fans out: in item order, each in its turn -------------------------


def _slow_first(prompt: str) -> float:
    return 0.05 if "slow" in prompt else 0.0


def test_prints_and_logs_in_a_fanned_out_loop_come_in_item_order(tmp_path):
    path = write(
        tmp_path,
        """
        import logging
        import logging.handlers
        import re

        # (A handler of the standard library's: one of a class of the program's own would
        # run code of the user's, and the compiled function would run as written.)
        log = logging.getLogger(__name__)
        log.addHandler(logging.handlers.BufferingHandler(100))
        log.setLevel(logging.INFO)
        log.propagate = False

        def main(xs: list[str]):
            out = []
            for x in xs:
                print("start", x)
                r = ask(x)
                m = re.search(r"<(.*)>", r)
                log.info("got %s", r)
                s = ask(r + "!")
                print("end", x, s)
                out.append(m.group(1) if m else s)
            return out
        """,
    )
    _, compiled, client = both(path, ["slow a", "b", "c"], latency=_slow_first)
    assert "ordered=True" in compiled.source
    assert client.peak == 3


def test_output_waits_until_the_sequential_loop_would_reach_it(tmp_path):
    # A naive fan-out would print the second item's line before the first item's later
    # call fails, or before the first item's unhashable key fails where it is collected.
    programs = (
        """
        def main(xs: list[str]):
            out = []
            for x in xs:
                r = ask(x)
                print("got", x)
                out.append(ask(r + x))
            return out
        """,
        """
        def main(xs: list[str]):
            out = {}
            for x in xs:
                r = ask(x)
                print("got", x)
                out[[] if x == "slow" else r] = r
            return out
        """,
    )
    for program in programs:
        path = write(tmp_path, program)
        for xs in (["FAIL slow", "b", "c"], ["slow", "FAIL b", "c"], ["slow", "b"]):
            both(path, xs, latency=_slow_first, same_calls=False)


def test_print_to_a_file_keeps_the_loop_in_order(tmp_path):
    from stagekit import run

    for loop in (
        "for x in xs:\n    r = af.lm_call([], model=x)\n    print(r, file=f)\n    out.append(r)\n",
        "for x in xs:\n    print(x)\n    out.append(x)\n",  # nothing to overlap
    ):
        s = run(tmp_path, "out = []\n" + loop + "return out\n", "loops", signature="xs, f")
        assert not s.fanouts, loop
    # Output in the collection is the item's, written in its turn (`autoform.turns`).
    loop = "for x in xs:\n    r = af.lm_call([], model=x)\n    out.append(print(r))\n"
    s = run(tmp_path, "out = []\n" + loop + "return out\n", "loops", signature="xs, f")
    assert [f.ordered for f in s.fanouts.values()] == [True]


# -- deferred exceptions: arguments that may raise, running no one's code --------------------


def test_a_call_whose_arguments_may_raise_starts_early_and_fails_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        import json

        def main(topic: str, xs: list[str]):
            a = ask(topic)
            print("asked", a)
            b = ask(xs[2])  # IndexError for a short list
            c = ask(json.loads(topic)["k"])  # bad JSON, a missing key
            d = ask(f"{a[:3]}-{', '.join(xs)}")
            return [a, b, c, d]
        """,
    )
    # a succeeds: the calls overlap, and the first failure is the one written first
    _, compiled, client = both(path, '{"k": "v"}', ["x", "y", "z"])
    assert client.peak == 3 and "_af.deferred(lambda:" in compiled.source
    for topic, xs in (
        ("FAIL", ["x"]),  # the first call fails: its failure, not the IndexError
        ('{"k": "v"}', ["x"]),  # IndexError, after the print
        ("owls", ["x", "y", "z"]),  # JSONDecodeError
        ('{"j": 1}', ["x", "y", "z"]),  # KeyError
        ("FAIL {", ["x", "y", "z"]),
    ):
        both(path, topic, xs, same_calls=False, latency=_slow_first)
