"""per_object: one value per object, recomputed for another object, even an equal one."""

from eventwire.extract.memo import per_object


def test_a_value_is_made_once_per_object_and_afresh_for_another() -> None:
    calls: list[object] = []

    @per_object
    def size(words: frozenset[str]) -> int:
        calls.append(words)
        return len(words)

    first = frozenset({"attack", "raid"})
    assert size(first) == 2 and size(first) == 2
    assert len(calls) == 1
    other = frozenset({"attack", "raid"})  # equal, not the same object
    assert size(other) == 2
    assert len(calls) == 2 and calls[1] is other
