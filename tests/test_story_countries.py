"""The story-set country measure: a missing set is skipped, not an error."""

from __future__ import annotations

import pytest

from eventwire.evaluation import story_countries


def test_a_missing_story_set_is_skipped(capsys):
    with pytest.raises(SystemExit) as done:
        story_countries.main(["--set", "no-such-story-set"])
    assert done.value.code == 0
    assert "skipped" in capsys.readouterr().out
