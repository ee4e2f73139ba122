"""Precision of comprehensions and of the library calls around them (issue 12): a
comprehension whose target reuses a name of the function fans out; a comprehension in a
call's argument fans out; a generator expression that a whole-consuming callable takes is
the list made first (when that is the program); module constants made by a library call
have its result's type. Each program runs as written and compiled (tests/test_soundness.py's
`both`: same value or error, output, module state and LM requests), and the fake client says
how many calls were in flight at once."""

from __future__ import annotations

from test_soundness import both, write

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
