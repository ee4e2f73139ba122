"""Precision of comprehensions and of the library calls around them (issue 12): a
comprehension whose target reuses a name of the function fans out; a comprehension in a
call's argument fans out; a generator expression that a whole-consuming callable takes is
the list made first (when that is the program); module constants made by a library call
have its result's type. Each program runs as written and compiled (tests/test_soundness.py's
`both`: same value or error, output, module state and LM requests), and the fake client says
how many calls were in flight at once."""

from __future__ import annotations

import pytest
from conftest import load_module
from test_soundness import both, write

import autoform as af

# -- a comprehension's target reusing a name of the function ------------------------------


def test_a_comprehension_reusing_an_earlier_loops_variable_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            ideas = [topic + "1", topic + "2", topic + "3"]
            scores = {}
            for idea in ideas:
                scores[idea] = len(ask(idea))
            best = sorted(ideas, key=lambda idea: scores[idea])[:2]
            return [ask("plan " + idea) for idea in best]
        """,
    )
    _, compiled, client = both(path, "t")
    assert client.peak == 3
    assert "fan_out" in compiled.source.split("best = ")[1]  # the plans, together


def test_a_returned_comprehension_reusing_a_parameter_name_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
        def main(x: str, xs: list):
            out = [ask(x + "!") for x in xs]
            return [ask(x) for x in out], x
        """,
    )
    value, _, client = both(path, "keep", ["a", "b", "c"])
    assert value[1] == "keep"
    assert client.peak == 3
    both(path, "keep", ["a", "FAIL", "c"], same_calls=False)


# -- module constants made by a library call -----------------------------------------------


def test_a_dedented_template_is_a_str(tmp_path):
    path = write(
        tmp_path,
        '''
        import textwrap

        PROMPT = textwrap.dedent(
            """\\
            Translate into {language}:
            {text}"""
        )

        def main(text: str, languages: list):
            out = {}
            for language in languages:
                kwargs = {"language": language, "text": text}
                out[language] = ask(PROMPT.format(**kwargs))
            return out
        ''',
    )
    _, _, client = both(path, "hello", ["fr", "de", "ja"])
    assert client.peak == 3


# -- a comprehension inside a call's argument ------------------------------------------------


def test_a_list_comprehension_in_a_calls_argument_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
        from collections import Counter

        def main(claims: list):
            verdicts = {}
            for claim in claims:
                tally = Counter([ask(claim + j)[-1] for j in "abc"])
                verdicts[claim] = tally.most_common(1)[0][0]
            return verdicts, " | ".join(sorted([ask(c) for c in claims]))
        """,
    )
    _, _, client = both(path, ["x", "y"])
    assert client.peak == 6
    both(path, ["x", "FAIL y"], same_calls=False)


def test_what_python_evaluates_before_the_comprehension_keeps_it_in_place(tmp_path):
    # `note(...)` (an unknown call, an effect) is evaluated before the list: the list's
    # calls may not run first.
    path = write(
        tmp_path,
        """
        SEEN = []

        def note(x):
            SEEN.append(x)
            return x

        def main(xs: list):
            return note("start") + str([ask(x + str(len(SEEN))) for x in xs])
        """,
    )
    both(path, ["a", "b"])


# -- generator expressions taken whole -------------------------------------------------------


def test_a_generator_expression_a_counter_takes_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
        import re
        import statistics
        from collections import Counter

        def vote(claim: str, judge: str) -> str:
            found = re.findall(r"(TRUE|FALSE)", ask(claim + judge).upper())
            return found[-1] if found else "FALSE"

        def main(claims: list[str]):
            tallies = [Counter(vote(c, j) for j in "abc").most_common(1) for c in claims]
            longest = max(len(ask(c + "?")) for c in claims)
            total = sum(len(ask(c + "!")) for c in claims)
            mean = statistics.mean(len(ask(c + "#")) for c in claims)
            lengths = dict((c, len(ask(c + "="))) for c in claims)
            ranked = sorted((ask(c + "<") for c in claims), key=len, reverse=True)
            return tallies, longest, total, mean, lengths, ranked
        """,
    )
    _, _, client = both(path, ["x", "yy", "zzz"])
    assert client.peak >= 3
    both(path, ["x", "FAIL y"], same_calls=False)


REFUSED = {
    # `__hash__` of the user's: it runs between the items, as written
    "user_hash": """
        SEEN = []

        class Key:
            def __init__(self, text):
                self.text = text

            def __hash__(self):
                SEEN.append(self.text)
                return hash(self.text)

        def main(xs: list):
            return set(Key(ask(x + str(len(SEEN)))) for x in xs)
        """,
    # an unhashable item: `set` fails at the first, before the second call
    "unhashable": """
        def main(xs: list):
            return set([ask(x)] for x in xs)
        """,
    # `key=` runs between the items
    "max_key": """
        SEEN = []

        def key(r):
            SEEN.append(r)
            return len(r)

        def main(xs: list):
            return max((ask(x + str(len(SEEN))) for x in xs), key=key)
        """,
    # `sum` of strs fails at the first item
    "sum_of_strs": """
        def main(xs: list):
            return sum(ask(x) for x in xs)
        """,
    # `any` stops at the first true item: the later items' calls are never made
    "any": """
        def main(xs: list):
            return any(ask(x) for x in xs)
        """,
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_generator_expression_whose_consumer_runs_code_between_items_is_refused(tmp_path, name):
    module = load_module(write(tmp_path, REFUSED[name]))
    with pytest.raises(af.CompileError, match="an LM call inside a generator expression"):
        af.concurrent(module.main)
