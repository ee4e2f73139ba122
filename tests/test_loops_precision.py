"""Precision of helpers' results and of loops (issue 12): a helper that may return what it
was given aliases only that; a helper reading module state fans out in a loop; loops that
collect with ``extend``, read what they fill only on a branch not taken, or return a
comprehension fan out. Each program runs as written and compiled (tests/test_soundness.py's
`both`: same value or error, output, module state and LM requests), and the fake client
says how many calls were in flight at once."""

from __future__ import annotations

import libcst as cst
from test_soundness import both, write

from autoform.analysis.aliasing import immutable_annotation, returned_parameters

# -- what a helper's result may be --------------------------------------------------------


def _returned(source: str, immutable_global=lambda name: False):
    func = cst.parse_module(source).body[0]
    assert isinstance(func, cst.FunctionDef)
    return returned_parameters(func, {}, immutable_global)


def test_the_parameters_a_result_may_be():
    assert _returned("def f(x: str, ys: list):\n    return x if x in ys else ys[-1]\n") == {"ys"}
    assert _returned("def f(a, b):\n    c = a\n    return c\n") == {"a"}
    assert _returned("def f(a, b):\n    out = []\n    out.append(b)\n    return out\n") == {"b"}
    # through another name that holds the same object: never taken for a new value
    assert _returned(
        "def f(a, b):\n    out = []\n    o = out\n    o.append(b)\n    return out\n"
    ) in (
        None,
        {"b"},
    )
    assert _returned("def f(a):\n    return len(a) > 2\n") == frozenset()
    assert _returned("def f(a: str | None, b: int):\n    return a or b\n") == frozenset()
    # a module constant: state, unless vouched for as immutable
    assert _returned("def f(a):\n    return LABELS\n") is None
    assert _returned("def f(a):\n    return LABELS\n", lambda n: n == "LABELS") == frozenset()
    # what an unknown call returns, or keeps, may be anything
    assert _returned("def f(a):\n    return g(a)\n") is None
    assert _returned("def f(a, b):\n    g(a, b)\n    return a\n") is None
    # beyond the analysis: closures, generators, *args
    assert _returned("def f(a):\n    g = lambda: a\n    return a\n") is None
    assert _returned("def f(*a):\n    return 1\n") is None


def test_immutable_annotations():
    def ann(text: str) -> bool:
        return immutable_annotation(cst.parse_expression(text))

    assert ann("str") and ann("str | None") and ann("Optional[int]") and ann("Union[str, bytes]")
    assert not ann("list[str]") and not ann("str | list") and not ann("Optional[dict]")


# -- a helper that may return its argument ------------------------------------------------

TRIAGE = """
def classify(text: str, question: str, labels: list[str]) -> str:
    reply = ask(f"{question} {text}")
    label = reply.strip().lower()
    return label if label in labels else labels[-1]

def pick(text: str, labels: list[str]) -> list[str]:
    reply = ask(text)
    return labels if reply else []
"""


def test_a_helper_that_may_return_its_argument_overlaps(tmp_path):
    path = write(
        tmp_path,
        TRIAGE
        + """
def main(ticket: str):
    a = classify(ticket, "sentiment?", ["positive", "negative"])
    b = classify(ticket, "team?", ["billing", "bug"])
    c = classify(ticket, "urgency?", ["high", "low"])
    return ask(f"{a} {b} {c}")
""",
    )
    _, _, client = both(path, "billing twice")
    assert client.peak == 3


def test_the_result_of_a_helper_that_returns_its_argument_is_that_argument(tmp_path):
    # The caller mutates what the helper returned: the list it passed changes, and a later
    # call reading that list sees the change; a call before it does not.
    path = write(
        tmp_path,
        TRIAGE
        + """
def main(topic: str):
    mine = ["a", "b"]
    got = pick(topic, mine)
    got.append("c")
    early = ask(topic + " early")
    late = ask(f"{topic} {mine}")
    return [got, mine, early, late]
""",
    )
    value, _, client = both(path, "x")
    assert value[1] == ["a", "b", "c"]
    assert client.peak == 2  # `early` beside `pick`; `late` after the append


def test_mutating_what_a_helper_returned_of_module_state_keeps_order(tmp_path):
    path = write(
        tmp_path,
        TRIAGE
        + """
SHARED = ["a"]

def main(topic: str):
    got = pick(topic, SHARED)
    got.append("b")
    return ask(f"{topic} {SHARED}"), ask(f"{topic} {len(SHARED)}")
""",
    )
    for topic in ("x", "FAIL x"):
        both(path, topic, same_calls=False)


def test_a_failing_helper_that_returns_its_argument_fails_in_order(tmp_path):
    path = write(
        tmp_path,
        TRIAGE
        + """
OUT = []

def main(topic: str):
    a = classify(topic, "one?", ["x", "y"])
    OUT.append(a)
    b = classify(topic + " FAIL", "two?", ["x", "y"])
    OUT.append(b)
    c = classify(topic, "three?", ["x", "y"])
    return a, b, c
""",
    )
    value, _, _ = both(path, "t", same_calls=False)
    assert value[0] == "LMFailure"


# -- a helper reading module state, in a loop ---------------------------------------------

SEARCH = """
NOTES = {"gil": "one thread at a time", "asyncio": "coroutines on one thread"}

def search(query: str) -> str:
    words = query.lower().split()
    hits = [text for key, text in NOTES.items() if key in words]
    return "\\n".join(hits) or "no results"
"""


def test_a_helper_reading_a_module_dict_fans_out_in_a_loop(tmp_path):
    path = write(
        tmp_path,
        SEARCH
        + """
def main(questions: list[str]):
    found = []
    for q in questions:
        query = ask(q)
        found.append(ask(f"{q} using {search(query)}"))
    return found
""",
    )
    _, compiled, client = both(path, ["gil", "asyncio", "numpy"])
    assert "fan_out" in compiled.source
    assert client.peak == 3


def test_a_module_dict_changed_before_the_loop_is_read_after_the_change(tmp_path):
    path = write(
        tmp_path,
        SEARCH
        + """
def main(questions: list[str]):
    first = ask("first")
    NOTES["gil"] = first
    found = []
    for q in questions:
        found.append(ask(f"{q} using {search(q)} {NOTES.get('gil')}"))
    return found
""",
    )
    both(path, ["gil", "asyncio"])


# -- loops: extend, try/except, what an item binds on every way through it ------------------

NOTES_LOOP = """
import json

def main(parts: list[str]):
    items: list[str] = []
    for part in parts:
        raw = ask(part)
        try:
            found = json.loads(raw)
        except json.JSONDecodeError:
            found = [raw]
        items.extend(found)
    return ask(" ".join(str(i) for i in items))
"""


def test_a_loop_that_extends_and_parses_in_try_fans_out(tmp_path):
    path = write(tmp_path, NOTES_LOOP)
    _value, compiled, client = both(path, ["a", "b", "c"])
    assert "items.extend" in compiled.source and "fan_out" in compiled.source
    assert client.peak == 3


def test_a_fanned_out_extend_fails_in_order(tmp_path):
    # The second item's reply is not a list: extend fails there, after the first item was
    # collected, with the sequential loop's error; an LM failure likewise.
    path = write(
        tmp_path,
        """
def main(parts: list[str]):
    items = []
    for part in parts:
        r = ask(part)
        items.extend(r if part != "b" else 3)
    return items
""",
    )
    for parts in (["a", "b", "c"], ["a", "FAIL b", "c"]):
        value, _, _ = both(path, parts, same_calls=False)
        assert value[0] in ("TypeError", "LMFailure")


def test_a_name_an_item_may_read_before_binding_runs_in_order_after_the_calls(tmp_path):
    # `found` is bound in the try's body only: the handler may read the item before's. The
    # items' calls run together; the rest of each item runs in order (`FanOut.rest`).
    path = write(
        tmp_path,
        """
import json

def main(parts: list[str]):
    items = []
    found = ["start"]
    for part in parts:
        raw = ask(part)
        try:
            found = json.loads(raw)
        except json.JSONDecodeError:
            found = found + [raw]
        items.append(found)
    return items
""",
    )
    _, compiled, client = both(path, ["a", "b"])
    assert "_af.fanned(" in compiled.source and client.peak == 2


def test_a_call_after_a_fanned_out_loop_it_does_not_read_runs_beside_it(tmp_path):
    # meeting_notes without its logging: the summary does not wait for the extraction loop.
    path = write(
        tmp_path,
        """
import json

def main(parts: list[str], topic: str):
    items: list[str] = []
    for part in parts:
        raw = ask(part)
        try:
            found = json.loads(raw)
        except json.JSONDecodeError:
            found = []
        items.extend(found)
    summary = ask("summarise " + topic)
    return ask(f"{summary} {items}")
""",
    )
    _, _, client = both(path, ["a", "b", "c"], "notes")
    assert client.peak == 4


def test_what_a_fanned_out_loop_collects_of_its_items_is_theirs(tmp_path):
    # The loop collects the items themselves (lists of the module's): changing one through
    # the collected list changes the module's, and the call reading it waits.
    path = write(
        tmp_path,
        """
XS = [["a"], ["b"]]

def main(topic: str):
    out = []
    for x in XS:
        r = ask(x[0] + topic)
        out.append(x)
    out[0].append("changed")
    return ask(f"{XS}"), ask("other")
""",
    )
    value, _, _ = both(path, "t")
    assert "changed" in value[0]


# -- comprehensions in return, reused loop names ----------------------------------------------


def test_a_comprehension_returned_at_once_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
def main(xs: list[str]):
    return [ask(x) for x in xs]
""",
    )
    _, compiled, client = both(path, ["a", "b", "c"])
    assert "fan_out" in compiled.source and client.peak == 3


def test_a_loop_whose_name_a_later_loop_reuses_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
def main(xs: list[str]):
    out = []
    for x in xs:
        out.append(ask(x))
    final = []
    for x in out:
        final.append(ask(x + "!"))
    return final
""",
    )
    _, compiled, client = both(path, ["a", "b", "c"])
    assert compiled.source.count("fan_out(") == 2 and client.peak == 3


def test_a_reused_loop_name_read_after_the_later_loop_keeps_the_first_in_order(tmp_path):
    # `x` after the second loop is the first loop's last item when `ys` is empty.
    path = write(
        tmp_path,
        """
def main(xs: list[str], ys: list[str]):
    out = []
    for x in xs:
        out.append(ask(x))
    for x in ys:
        out.append(x)
    return out, x
""",
    )
    _, _, client = both(path, ["a", "b"], [])
    assert client.peak == 1


# -- the cookbook's parsing helpers (examples/orchestrator_workers.py) ------------------------

PARSERS = """
import logging
import re

log = logging.getLogger("parsers")

def extract_xml(text: str, tag: str) -> str:
    match = re.search(f"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return match.group(1).strip() if match else ""

def parse_tasks(text: str) -> list[tuple[str, str]]:
    found = re.findall(r"<type>(.*?)</type>\\s*<description>(.*?)</description>", text, re.DOTALL)
    return [(kind.strip(), description.strip()) for kind, description in found]
"""


def test_the_cookbooks_parsing_helpers_are_pure_and_the_workers_fan_out(tmp_path):
    # A match's group is a str (or None), an item of re.findall's list unpacked gives strs:
    # their str methods are pure, so the helpers are, and the workers' loop fans out.
    path = write(
        tmp_path,
        PARSERS
        + """
def main(task: str):
    plan = ask(task)
    approaches = parse_tasks(plan) or [("formal", "precise"), ("casual", "warm")]
    drafts = []
    for kind, guidelines in approaches:
        reply = ask(f"{task} {kind} {guidelines}")
        draft = extract_xml(reply, "response") or reply.strip()
        log.info("worker %s: %d characters", kind, len(draft))
        drafts.append(f"[{kind}] {draft}")
    return ask("\\n".join(drafts))
""",
    )
    _, compiled, client = both(path, "bottle")
    assert "fan_out" in compiled.source and client.peak == 2


def test_a_findall_item_is_not_taken_for_a_str(tmp_path):
    # With one target, an item of re.findall's list may be a tuple (several groups): adding
    # a str to it fails, as it does as written, in order.
    path = write(
        tmp_path,
        """
import re

OUT = []

def main(text: str):
    first = ask(text)
    OUT.append(first)
    found = re.findall(r"(a)(b)", "ab ab")
    return [item + "!" for item in found], ask("after")
""",
    )
    value, _, _ = both(path, "t", same_calls=False)
    assert value[0] == "TypeError"


# -- a branch not taken: decided as the loop starts -------------------------------------------

REFINE = """
def main(docs: list[str], recursive: bool):
    acc = []
    for doc in docs:
        if recursive and acc:
            prompt = f"Refine {acc[-1]} with {doc}"
        else:
            prompt = f"Summarise {doc}"
        acc.append(ask(prompt))
    return ask(" / ".join(acc))
"""


def test_a_loop_reading_what_it_fills_on_a_branch_not_taken_fans_out(tmp_path):
    path = write(tmp_path, REFINE)
    _, compiled, client = both(path, ["a", "b", "c"], False)
    assert "if recursive:" in compiled.source and "fan_out" in compiled.source
    assert client.peak == 3
    # taken: in order, each item reading the one before's
    value, _, client = both(path, ["a", "b", "c"], True)
    assert client.peak == 1 and "Refine" in value


def test_a_loop_decided_at_run_time_fails_in_order(tmp_path):
    path = write(tmp_path, REFINE)
    for recursive in (False, True):
        value, _, _ = both(path, ["a", "FAIL b", "c"], recursive, same_calls=False)
        assert value[0] == "LMFailure"


def test_a_test_the_loop_may_change_keeps_it_in_order(tmp_path):
    # `recursive` is rebound in the function: its truth as the loop starts is not the one
    # every item sees.
    path = write(
        tmp_path,
        """
def main(docs: list[str], recursive: bool):
    acc = []
    for doc in docs:
        if recursive and acc:
            prompt = f"Refine {acc[-1]} with {doc}"
        else:
            prompt = f"Summarise {doc}"
        acc.append(ask(prompt))
        recursive = True
    return acc
""",
    )
    _, compiled, client = both(path, ["a", "b", "c"], False)
    assert "fan_out" not in compiled.source and client.peak == 1


def test_a_module_object_a_fanned_out_loop_collects_stays_the_modules(tmp_path):
    path = write(
        tmp_path,
        """
SHARED = ["s"]

def main(xs: list[str]):
    out = []
    for x in xs:
        r = ask(x)
        out.append(SHARED)
    out[0].append("changed")
    return ask(f"{SHARED}"), ask("other")
""",
    )
    value, _, _ = both(path, ["a", "b"])
    assert "changed" in value[0]


# -- a helper's result type, and the items of an enumerated list ----------------------------


def test_the_items_of_a_helpers_list_of_str_enumerated_fan_out(tmp_path):
    # chunk() certainly returns a list of str: `part.split()` is a str's method, known pure,
    # so the loop fans out (map_reduce_summary in the corpus); its logs stay in order.
    path = write(
        tmp_path,
        """
        import logging

        log = logging.getLogger("chunks")

        def chunk(text: str, size: int):
            words = text.split()
            return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]

        def main(text: str):
            chunks = chunk(text, 2)
            partials = []
            for i, part in enumerate(chunks):
                summary = ask(f"Summarize part {i + 1} of {len(chunks)}: {part}")
                log.warning("chunk %d: %d words", i, len(part.split()))
                partials.append(summary.strip())
            return partials
        """,
    )
    _, _, client = both(path, "one two three four five six")
    assert client.peak == 3
