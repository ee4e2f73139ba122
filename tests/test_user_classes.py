"""The user's own classes, and locals of immutable values (issue 12, causes 7 and 9): each
case runs a small module as written and compiled against the loopback server, compares the
results and the requests, and counts the requests in flight together from the server's side."""

from __future__ import annotations

import asyncio
import textwrap
import warnings
from collections import Counter
from pathlib import Path

from conftest import load_module
from corpus.client import LoopbackClient

import autoform as af

HEADER = """\
import autoform as af

M = "m"


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model=M)


"""


def both_on_server(server, tmp_path: Path, body: str, *args, name: str = "main"):
    """Run ``name`` of a fresh import of the module as written, then compiled (a fresh
    import too) with 50 ms per call; assert the same result and requests. Returns (the
    result, the compiled function, the most requests the server had in flight at once)."""
    path = tmp_path / f"prog_{abs(hash(body))}.py"
    path.write_text(HEADER + textwrap.dedent(body))
    seq_module, conc_module = load_module(path), load_module(path)
    server.latency = 0.05
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        compiled = af.concurrent(getattr(conc_module, name))
    with af.lm_client(LoopbackClient(server.base_url)):
        server.reset()
        expected = getattr(seq_module, name)(*args)
        sent = Counter(r.prompt for r in server.requests)
        server.reset()
        got = asyncio.run(compiled(*args))
        made = Counter(r.prompt for r in server.requests)
    assert got == expected
    assert made == sent
    return got, compiled, server.peak_in_flight


# -- augmented assignment to a local of an immutable value ---------------------------------


def test_a_helper_growing_a_local_str_and_counting_has_no_effect(server, tmp_path):
    """`transcript += ...` of a str and `step += 1` of an int rebind the helper's names: two
    calls of it (a loop's items) overlap."""
    body = """
        def agent(question: str) -> str:
            transcript = f"Q: {question}\\n"
            step = 0
            while step < 2:
                reply = ask(transcript)
                transcript += f"{reply}\\n"
                step += 1
            return transcript


        def main(questions: list[str]) -> list[str]:
            out = []
            for q in questions:
                out.append(agent(q))
            return out
        """
    _, _, peak = both_on_server(server, tmp_path, body, ["a", "b", "c"])
    assert peak == 3


def test_augmented_assignment_to_a_list_or_an_unknown_value_stays_an_effect(server, tmp_path):
    """`+=` on a list a caller passed, or on what unknown code returned, may change an object
    others see: the loop's items keep their order."""
    body = """
        SEEN = []


        def remember(x):
            return SEEN


        def agent(question: str) -> str:
            notes = remember(question)
            step = 0
            while step < 1:
                reply = ask(question)
                notes += [reply]
                step += 1
            return reply


        def main(questions: list[str]):
            out = []
            for q in questions:
                out.append(agent(q))
            return out, len(SEEN)
        """
    (_, seen), _, peak = both_on_server(server, tmp_path, body, ["a", "b"])
    assert seen == 2
    assert peak == 1
