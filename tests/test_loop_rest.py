"""A loop whose body goes on after its last LM call with steps that are no collection
(`FanOut.rest`: a counter, a store then a log line): the items' calls run together and the
rest of each item runs in item order, in the function. Each program runs as written and
compiled (tests/test_soundness.py's `both`: same value or error, output, module state and
LM requests); the fake client says how many calls were in flight at once."""

from __future__ import annotations

from test_soundness import both, write

XS = ["owl", "bat", "cat", "emu"]


def _fanned(compiled) -> bool:
    return "_af.fanned(" in compiled.source


def test_a_counter_after_the_call_fans_out(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            counts = {}
            for x in xs:
                label = ask(x[:1]).strip()
                counts[label] = counts.get(label, 0) + 1
            return counts
        """,
    )
    _, compiled, client = both(path, [*XS, "eel"])
    assert _fanned(compiled) and client.peak == 5


def test_a_store_then_output_keeps_the_output_in_item_order(tmp_path):
    path = write(
        tmp_path,
        """
        import logging
        log = logging.getLogger("rest")

        def main(xs: list[str]):
            seen = {}
            total = 0
            for i, x in enumerate(xs):
                print("asking", x)
                reply = ask(x)
                seen[x] = reply
                total += len(reply)
                log.info("got %s", x)
                print("stored", i, x, total)
            return seen, total, reply, i
        """,
    )
    _, compiled, client = both(path, XS)
    assert _fanned(compiled) and client.peak == 4


def test_the_rest_failing_is_the_error_of_the_sequential_run(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            out = {}
            for x in xs:
                r = ask(x)
                out[x] = r
                if x == "cat":
                    raise ValueError("no cats: " + r)
                print("item", x, len(out))
            return out
        """,
    )
    value, compiled, _ = both(path, XS, same_calls=False)
    assert value[0] == "ValueError" and _fanned(compiled)


def test_an_items_call_failing_comes_after_the_rest_of_the_items_before(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            n = 0
            for x in xs:
                r = ask(x if x != "cat" else "[[fail]]")
                n += 1
                print("done", x, n)
            return n
        """,
    )
    both(path, XS, same_calls=False)


def test_continue_in_the_rest_and_names_read_after_the_loop(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            kept = []
            for x in xs:
                reply = ask(x)
                size = len(reply)
                if x == "bat":
                    continue
                kept.append(size)
                print(x, size)
            return kept, reply, size, x
        """,
    )
    _, compiled, client = both(path, XS)
    assert _fanned(compiled) and client.peak == 4


def test_an_empty_loop_leaves_its_names_unbound(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            n = 0
            for x in xs:
                reply = ask(x)
                n += len(reply)
            return n, reply
        """,
    )
    value, _, _ = both(path, [])
    assert value[0] == "UnboundLocalError"


# -- kept in order: what the rest does could change a later item's call ------------------


def test_the_rest_rebinding_what_the_items_read_keeps_the_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            prev = ""
            for x in xs:
                r = ask(x + prev)
                prev = r[:3]
            return prev
        """,
    )
    _, compiled, client = both(path, XS)
    assert not _fanned(compiled) and client.peak == 1


def test_the_rest_changing_what_the_items_read_keeps_the_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            seen = []
            view = seen
            for x in xs:
                r = ask(x + str(len(view)))
                seen.append(r)
                print(len(seen))
            return seen
        """,
    )
    _, compiled, client = both(path, XS)
    assert not _fanned(compiled) and client.peak == 1


def test_the_rest_changing_an_item_keeps_the_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        class Doc:
            def __init__(self, text):
                self.text = text
                self.next = None

        def main(words: list[str]):
            docs = [Doc(w) for w in words]
            for a, b in zip(docs, docs[1:]):
                a.next = b
            for d in docs:
                r = ask(d.text)
                if d.next is not None:
                    d.next.text = r + "!"
            return [d.text for d in docs]
        """,
    )
    _, _compiled, client = both(path, XS)
    assert client.peak == 1


def test_an_unknown_call_in_the_rest_keeps_the_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []

        def record(r):
            LOG.append(r)

        def main(xs: list[str]):
            n = 0
            for x in xs:
                r = ask(x + str(len(LOG)))
                record(r)
                n += 1
            return n
        """,
    )
    _, _compiled, client = both(path, XS)
    assert client.peak == 1


def test_break_in_the_rest_keeps_the_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            n = 0
            for x in xs:
                r = ask(x)
                n += 1
                if x == "bat":
                    break
            return n
        """,
    )
    _, compiled, client = both(path, XS)
    assert not _fanned(compiled) and client.peak == 1


def test_a_generator_is_taken_one_item_at_a_time(tmp_path):
    path = write(
        tmp_path,
        """
        def words(xs):
            for x in xs:
                print("yield", x)
                yield x

        def main(xs: list[str]):
            n = 0
            for x in words(xs):
                r = ask(x)
                n += len(r)
                print("got", x)
            return n
        """,
    )
    both(path, XS)


def test_continue_before_the_call_and_a_store_of_the_reply(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str], flags: dict):
            out = {}
            for x in xs:
                print("looking at", x)
                if flags[x] != "neg":
                    continue
                out[x] = ask(x)
                print(x, len(out[x]))
            return out
        """,
    )
    flags = {"owl": "neg", "bat": "pos", "cat": "neg", "emu": "neg"}
    _, compiled, client = both(path, XS, flags)
    assert _fanned(compiled) and client.peak == 3
    # a missing key: the KeyError where the sequential loop meets it, after the output before
    value, _, _ = both(path, XS, {"owl": "neg", "bat": "neg"}, same_calls=False)
    assert value[0] == "KeyError"


def test_groups_of_a_local_dict_are_the_dicts_own(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            groups = {}
            firsts = {}
            for x in xs:
                label = ask(x[:1])[:4]
                groups.setdefault(label, []).append(x)
                firsts[label] = firsts.get(label, x)
                groups[label].append(len(groups[label]))
            return groups, firsts
        """,
    )
    _, compiled, client = both(path, XS)
    assert _fanned(compiled) and client.peak == 4


def test_several_names_handed_to_the_rest(tmp_path):
    # (found by the property test: the items' names and the stored value, as one target)
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            table = {}
            for x in xs:
                first = ask("i:" + x)
                print("got", x, first)
                table[x] = ask(first.lower())
                print("stored", x, first, len(table))
            return table
        """,
    )
    _, compiled, client = both(path, XS)
    assert _fanned(compiled) and client.peak >= 2


def test_the_rest_rebinding_a_global_a_helper_reads_keeps_the_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        TOTAL = 0

        def ask_counted(x):
            return ask(x + str(TOTAL))

        def main(xs: list[str]):
            global TOTAL
            for x in xs:
                r = ask_counted(x)
                TOTAL += len(r)
            return TOTAL
        """,
    )
    _, compiled, client = both(path, XS)
    assert not _fanned(compiled) and client.peak == 1
