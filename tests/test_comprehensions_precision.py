"""Precision of comprehensions and of the library calls around them (issue 12): a
comprehension whose target reuses a name of the function fans out; a comprehension in a
call's argument fans out; a generator expression that a whole-consuming callable takes is
the list made first (when that is the program); module constants made by a library call
have its result's type. Each program runs as written and compiled (tests/test_soundness.py's
`both`: same value or error, output, module state and LM requests), and the fake client says
how many calls were in flight at once."""

from __future__ import annotations

import textwrap

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


# -- pydantic models and their errors ---------------------------------------------------------

CONTACTS = """
import json
import logging

from pydantic import BaseModel, ValidationError

log = logging.getLogger("contacts")


class Contact(BaseModel):
    name: str
    email: str | None = None


def extract(signature: str) -> Contact | None:
    raw = ask(signature)
    try:
        return Contact.model_validate_json(json.dumps({"name": raw}))
    except ValidationError as err:
        log.warning("invalid contact: %s", err.error_count())
        return None


def main(signatures: list):
    contacts = []
    for signature in signatures:
        contact = extract(signature)
        if contact is not None:
            contacts.append(contact.model_dump())
    return contacts
"""


def test_a_loop_dumping_plain_pydantic_models_fans_out(tmp_path):
    path = write(tmp_path, CONTACTS)
    _, _, client = both(path, ["ann", "bob", "cy"])
    assert client.peak == 3
    both(path, ["ann", "FAIL bob", "cy"], same_calls=False)


USER_CODE = {
    # a serializer writes LOG when the model is dumped
    "serializer": """
        from pydantic import BaseModel, field_serializer

        class Model(BaseModel):
            name: str

            @field_serializer("name")
            def _name(self, value):
                LOG.append("dump " + value)
                return value

        def use(reply):
            return Model(name=reply).model_dump()
        """,
    # a validator in an annotation writes LOG when the model is validated
    "annotated_validator": """
        from typing import Annotated

        from pydantic import AfterValidator, BaseModel

        def noted(value):
            LOG.append(value)
            return value

        class Model(BaseModel):
            name: Annotated[str, AfterValidator(noted)]

        def use(reply):
            return Model.model_validate({"name": reply}).model_dump()
        """,
    # a nested model of the user's, with a validator, validated with the outer one
    "nested_model": """
        from pydantic import BaseModel, field_validator

        class Inner(BaseModel):
            name: str

            @field_validator("name")
            @classmethod
            def _noted(cls, value):
                LOG.append(value)
                return value

        class Model(BaseModel):
            inner: Inner

        def use(reply):
            return Model.model_validate({"inner": {"name": reply}}).model_dump()
        """,
}


@pytest.mark.parametrize("name", sorted(USER_CODE))
def test_a_model_whose_dump_or_validation_runs_user_code_keeps_its_order(tmp_path, name):
    # What the model runs writes LOG; the next item's prompt reads it.
    source = (
        "LOG = []\n"
        + textwrap.dedent(USER_CODE[name])
        + textwrap.dedent(
            """
            def main(xs: list):
                out = []
                for x in xs:
                    out.append(use(ask(f"{x} {len(LOG)}")))
                return out, LOG
            """
        )
    )
    both(write(tmp_path, source), ["a", "b", "c"])
