"""A loop whose body ends in a loop that fans out too (`FanOut.inner`): the LM calls of all
(outer, inner) items run together, and the rest of each inner item, then the rest of the
outer body, run in the function in the order the loops as written run them. Each program
runs as written and compiled (tests/test_soundness.py's `both`: same value or error,
output, module state and LM requests); the fake client says how many calls were in flight
at once."""

from __future__ import annotations

import textwrap

import pytest
from test_soundness import both, write

CS = ["owl", "bat", "cat"]
QS = ["size?", "food?"]


def _nested(compiled) -> bool:
    return "_af.nest(" in compiled.source


def test_answers_stored_by_contract_and_question_fan_out_as_a_whole(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            answers: dict[tuple[str, str], str] = {}
            for c in cs:
                for q in qs:
                    prompt = f"About {c}: {q}"
                    answers[(c, q)] = ask(prompt).strip()
            summaries = []
            for c in cs:
                qa = " ".join(answers[(c, q)] for q in qs)
                summaries.append(ask(f"Sum up {c}: {qa}"))
            return answers, summaries, prompt, c
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == len(CS) * len(QS)


def test_a_list_appended_in_the_inner_loop_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                for q in qs:
                    out.append(ask(c + " " + q))
            return out
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == len(CS) * len(QS)


def test_output_at_both_levels_comes_in_program_order(tmp_path):
    path = write(
        tmp_path,
        """
        import logging
        log = logging.getLogger("nested")

        def main(cs: list[str], qs: list[str]):
            seen = {}
            for i, c in enumerate(cs):
                print("contract", i, c)
                head = c.upper()
                for j, q in enumerate(qs):
                    r = ask(head + ": " + q)
                    seen[(c, q)] = r
                    print("  answer", j, q, len(seen))
                    log.info("got %s", q)
                print("done with", c, head, r)
            return seen, r, j
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == len(CS) * len(QS)


def test_an_inner_items_call_failing_comes_after_the_rests_before_it(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = {}
            for c in cs:
                print("start", c)
                for q in qs:
                    r = ask(c + q if (c, q) != ("bat", "food?") else "FAIL " + c)
                    out[(c, q)] = r
                    print("stored", c, q, len(out))
                print("end", c)
            return out
        """,
    )
    value, compiled, _ = both(path, CS, QS, same_calls=False)
    assert value[0] == "LMFailure" and _nested(compiled)


def test_the_inner_rest_failing_is_the_sequential_runs_error(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = {}
            limits = {"owl": 5}
            for c in cs:
                for q in qs:
                    r = ask(c + q)
                    out[(c, q)] = r[: limits[c]]
                    print("stored", c, q)
            return out
        """,
    )
    value, compiled, _ = both(path, CS, QS, same_calls=False)
    assert value[0] == "KeyError" and _nested(compiled)


def test_an_inner_generator_raising_midway(tmp_path):
    path = write(
        tmp_path,
        """
        def questions(c, qs):
            for q in qs:
                if c == "bat" and q == "food?":
                    raise ValueError("no questions for " + c)
                yield q

        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                for q in questions(c, qs):
                    r = ask(c + " " + q)
                    out.append(r)
                    print("got", c, q, len(out))
            return out
        """,
    )
    value, _, _ = both(path, CS, QS, same_calls=False)
    assert value[0] == "ValueError"


def test_an_inner_iterable_made_from_the_outer_item(tmp_path):
    path = write(
        tmp_path,
        """
        def main(docs: list[str]):
            out = {}
            for doc in docs:
                words = doc.split()
                for k, w in enumerate(words):
                    out[(doc, k)] = ask("define " + w)
                print(doc, len(words))
            return out, w, k
        """,
    )
    _, compiled, client = both(path, ["big owl", "a bat flies", "", "cat"])
    assert _nested(compiled) and client.peak == 6


def test_an_empty_inner_loop_leaves_its_names_as_the_sequential_run_does(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                for q in qs:
                    r = ask(c + q)
                    out.append(r)
            return out, q
        """,
    )
    value, compiled, _ = both(path, CS, [])
    assert value[0] == "UnboundLocalError" and _nested(compiled)


def test_continue_in_either_loop_ends_its_item(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = {}
            for c in cs:
                if c == "bat":
                    continue
                for q in qs:
                    if q == "size?" and c == "owl":
                        continue
                    out[(c, q)] = ask(c + q)
                    print("kept", c, q)
                    if q.startswith("f"):
                        continue
                    print("after", q)
            return out
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == 3


def test_a_call_in_the_outer_item_then_the_inner_items(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                topic = ask("topic of " + c)
                for q in qs:
                    out.append(ask(topic + " " + q))
                print(c, len(out))
            return out, topic
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == len(CS) * len(QS)


def test_break_in_the_inner_rest_keeps_the_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = {}
            for c in cs:
                for q in qs:
                    r = ask(c + q)
                    out[(c, q)] = r
                    if c == "owl":
                        break
            return out
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_break_in_the_outer_rest_keeps_the_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                for q in qs:
                    out.append(ask(c + q))
                if len(out) > 2:
                    break
            return out
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_a_store_into_what_the_items_read_keeps_the_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            seen = {}
            for c in cs:
                for q in qs:
                    seen[q] = ask(c + " " + q + " " + seen.get(q, "first"))
            return seen
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert not _nested(compiled) and client.peak == 1


def test_the_inner_rest_changing_the_outer_item_keeps_the_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(names: list[str], qs: list[str]):
            cs = [{"name": n} for n in names]
            for c in cs:
                for q in qs:
                    r = ask(c["name"] + q)
                    c["name"] = c["name"] + "!"
            return cs
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_the_inner_rest_rebinding_an_outer_name_keeps_the_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                head = c
                for q in qs:
                    r = ask(head + q)
                    out.append(r)
                    head = r[:5]
            return out
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_a_value_carried_from_the_last_inner_item_keeps_the_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            r = "start"
            for c in cs:
                for q in qs:
                    out.append(ask(c + q + r[:3]))
                r = out[-1]
            return out
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_output_before_an_inner_items_call_comes_in_its_turn(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = {}
            for c in cs:
                for q in qs:
                    print("asking", c, q)
                    out[(c, q)] = ask(c + q)
                    print("stored", len(out))
            return out
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == len(CS) * len(QS)


def test_an_outer_items_step_failing_comes_after_the_items_before(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str], sizes: dict):
            out = {}
            for c in cs:
                size = sizes[c]
                for q in qs:
                    out[(c, q)] = ask(f"{c} {q} {size}")
                    print("stored", c, q)
            return out
        """,
    )
    value, compiled, _ = both(path, CS, QS, {"owl": 1, "cat": 3}, same_calls=False)
    assert value[0] == "KeyError" and _nested(compiled)


def test_an_inner_generator_expression_failing_midway_is_taken_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = {}
            for c in cs:
                for q in (qs[k] + c for k in range(len(c) - 1)):
                    out[q] = ask(q)
                    print("stored", q)
            return out
        """,
    )
    value, compiled, _ = both(path, ["owl", "bat", "catfish"], QS, same_calls=False)
    assert value[0] == "IndexError" and _nested(compiled)


class Loud:
    """Of a module the program's does not reach: only the turns keep its output in order."""

    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        print("formatting", self.name)
        return self.name


def test_a_value_of_unknown_type_formatted_by_an_inner_item_waits_for_its_turn(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str], sizes: list):
            out = {}
            for c, size in zip(cs, sizes):
                for q in qs:
                    out[(c, q)] = ask(f"{c} {q} {size}")
                    print("stored", c, q)
            return out
        """,
    )
    _, compiled, _ = both(path, CS, QS, [Loud(c) for c in CS])
    assert _nested(compiled)


def test_a_failure_leaves_no_inner_item_running(tmp_path):
    import asyncio

    from conftest import FakeClient, load_module

    import autoform as af

    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                for q in qs:
                    out.append(ask(c + q))
                    print(c, q)
            return out
        """,
    )
    compiled = af.concurrent(load_module(path).main)
    assert _nested(compiled)
    slow = FakeClient(latency=lambda p: 0.0 if "FAIL" in p else 0.5)

    async def run():
        with af.lm_client(slow):
            try:
                await compiled(["FAIL", *CS], QS)
            except Exception as exc:
                failure = exc
        return failure, [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]

    failure, left = asyncio.run(run())
    assert "refused" in str(failure) and left == [] and slow.peak == 8


def test_explain_counts_the_inner_items_per_outer_item(tmp_path, capsys):
    from autoform.cli import main

    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            answers = {}
            for c in cs:
                for q in qs:
                    answers[(c, q)] = ask(c + q)
            return answers
        """,
    )
    assert main([f"{path}:main", "--explain"]) == 0
    out = capsys.readouterr().out
    outer = next(n for n, line in enumerate(path.read_text().splitlines(), 1) if "for c" in line)
    times = "\N{MULTIPLICATION SIGN}"
    assert f"1 per item of the loop at line {outer} {times} the items of the loop at" in out
    assert "longest chain of them that wait for one another: 1\n" in out
    assert f"in item order, the rest of each item of line {outer}" in out


def test_under_a_cap_the_items_of_both_loops_share_its_places(tmp_path):
    from conftest import FakeClient, load_module
    from test_soundness import run

    import autoform as af

    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            answers = {}
            for c in cs:
                print("contract", c)
                for q in qs:
                    answers[(c, q)] = ask(c + " " + q)
                    print("answer", c, q)
            return answers
        """,
    )
    cs, qs = [f"c{k}" for k in range(40)], [f"q{k}" for k in range(5)]
    compiled = af.concurrent(load_module(path).main)
    client = FakeClient(latency=0.001)

    async def capped(*args):
        with af.limits(max_concurrency=7):
            return await compiled(*args)

    expected = run(load_module(path).main, (cs, qs), FakeClient())
    assert run(capped, (cs, qs), client) == expected
    assert _nested(compiled) and client.peak == 7 and len(client.calls) == 200


def test_a_count_the_outer_item_starts_and_its_inner_rests_add_to(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            totals = {}
            for c in cs:
                n = 0
                for q in qs:
                    r = ask(c + q)
                    n += len(r)
                totals[c] = n
            return totals, n
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == len(CS) * len(QS)


def test_a_log_the_outer_rest_appends_to_and_the_inner_items_read(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            log = []
            out = []
            for c in cs:
                for q in qs:
                    out.append(ask(q + str(len(log))))
                log.append(c)
            return out, log
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_the_inner_rest_appending_to_the_outer_item_keeps_the_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(names: list[str], qs: list[str]):
            cs = [[n] for n in names]
            for c in cs:
                for q in qs:
                    r = ask(" ".join(c) + q)
                    c.append(r[:3])
            return cs
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_the_inner_rest_rebinding_a_name_the_inner_items_read_keeps_them_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            out = []
            for c in cs:
                tag = c
                for q in qs:
                    out.append(ask(tag + q))
                    tag = tag + "!"
            return out
        """,
    )
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_names_bound_before_the_loops_and_read_after_them(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: list[str]):
            c, q, head = "none", "none", "none"
            first = ask(c + q)
            out = {}
            for c in cs:
                head = c[:2]
                for q in qs:
                    out[(c, q)] = ask(head + q + first)
            return out, c, q, head, ask(c + q + head)
        """,
    )
    _, compiled, client = both(path, CS, QS)
    assert _nested(compiled) and client.peak == len(CS) * len(QS)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            """
            seen = {}
            for c in cs:
                for q in qs:
                    seen[q] = ask(c + q + seen.get(q, ""))
            return seen
            """,
            "reads `seen`, which the loop fills: an item would see the items before it",
        ),
        (
            """
            out = []
            last = ""
            for c in cs:
                for q in qs:
                    out.append(ask(c + q + last))
                last = out[-1]
            return out
            """,
            "an item reads `last` before binding it",
        ),
        (
            """
            out = []
            for c in cs:
                for q in qs:
                    r = ask(c + q)
                    out.append(r)
                    if r == "stop":
                        break
            return out
            """,
            "may leave the loop",
        ),
    ],
    ids=["store-read", "bind-read", "break"],
)
def test_nested_loops_kept_in_order_say_why(tmp_path, capsys, body, said):
    from autoform.cli import main

    indented = textwrap.indent(textwrap.dedent(body), "    ")
    path = write(tmp_path, "def main(cs: list[str], qs: list[str]):\n" + indented)
    assert main([f"{path}:main", "--explain"]) == 0
    out = capsys.readouterr().out
    outer = next(n for n, line in enumerate(path.read_text().splitlines(), 1) if "for c" in line)
    reason = next(line for line in out.splitlines() if f"line {outer} `for c in cs" in line)
    assert said in reason
    _, compiled, _ = both(path, CS, QS)
    assert not _nested(compiled)


def test_an_items_own_loop_without_calls_is_part_of_the_item(tmp_path):
    path = write(
        tmp_path,
        """
        def main(docs: list[str], stop: list[str]):
            out = []
            for doc in docs:
                text = doc
                for w in stop:
                    text = text.replace(w, "")
                out.append(ask(text))
            return out
        """,
    )
    _, compiled, client = both(path, ["the owl", "a bat", "the cat"], ["the ", "a "])
    assert "_af.fan_out(" in compiled.source and client.peak == 3


def test_an_inner_iterable_that_is_none_fails_where_the_loop_meets_it(tmp_path):
    path = write(
        tmp_path,
        """
        def main(cs: list[str], qs: dict):
            out = []
            for c in cs:
                print("contract", c)
                for q in qs.get(c):
                    out.append(ask(c + q))
                print("done", c, len(out))
            return out
        """,
    )
    value, compiled, _ = both(path, CS, {"owl": ["a", "b"], "cat": ["c"]}, same_calls=False)
    assert value[0] == "TypeError" and _nested(compiled)
