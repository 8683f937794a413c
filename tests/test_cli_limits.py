"""The command line's limits and messages: --max-bytes, --allow-private, no tracebacks."""

from __future__ import annotations

import json

import pytest

ARTICLE = "Russia and Ukraine held talks in Istanbul on Monday, officials said.\n"


def test_max_bytes_sets_the_input_cap(cli, tmp_path):
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    big.write_text(ARTICLE * 40, encoding="utf-8")
    result = cli("ingest", str(small), str(big), "--db", str(tmp_path / "e.db"),
                 "--max-bytes", "1000")
    assert result.exit_code == 1
    assert "big.txt: too large" in result.stderr and "Traceback" not in result.stderr
    assert "1 new" in result.stdout


def test_private_url_refusal_names_the_cli_flag(cli, tmp_path):
    result = cli("ingest", "http://127.0.0.1:9/x", "--db", str(tmp_path / "e.db"))
    assert result.exit_code == 1 and "--allow-private" in result.stderr
    assert "allow_private" not in result.stderr


def test_extract_writes_a_title_with_a_lone_surrogate(cli, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "s", "title": "Geneva \ud800 talks", "text": ARTICLE}),
                    encoding="utf-8")
    result = cli("extract", str(path))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Geneva \ufffd talks"


def test_unexpected_errors_are_one_line(monkeypatch, capsys):
    from eventwire import cli as cli_module

    def boom() -> None:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(cli_module, "app", boom)
    with pytest.raises(SystemExit) as info:
        cli_module.main()
    assert info.value.code == 1
    err = capsys.readouterr().err
    assert err.strip() == "eventwire: unexpected error (RuntimeError: disk on fire)"
