"""python -m nlp and nlp.cli.run: one JSON line per input line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from nlp import Extractor
from nlp.cli import run

ROOT = Path(__file__).resolve().parents[2]


def test_run_yields_one_json_line_per_input_line(extractor: Extractor):
    out = list(run(["借金があります\n", "\n", "死にたい"], extractor=extractor))
    assert len(out) == 3
    first, empty, last = (json.loads(line) for line in out)
    assert first["fields"] == ["hardship"]
    assert empty == {
        "fields": [],
        "patterns": [],
        "crisis": [],
        "evidence": [],
        "persons": [],
        "writer_is_minor": False,
    }
    assert last["crisis"] == ["suicide"]
    assert "借金" in out[0]  # ensure_ascii=False


def test_run_with_explain(extractor: Extractor):
    (block,) = run(["祖父の徘徊"], explain=True, extractor=extractor)
    assert "care ← 「徘徊」" in block


def test_main_module_reads_stdin(monkeypatch, capsys):
    from nlp.__main__ import main

    monkeypatch.setattr(sys, "stdin", io.StringIO("ワンオペ育児\n"))
    assert main([]) == 0
    assert json.loads(capsys.readouterr().out)["fields"] == ["child"]


def test_python_dash_m_nlp_keeps_stdout_clean():
    done = subprocess.run(
        [sys.executable, "-m", "nlp"],
        input="孤独です\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert [json.loads(x)["patterns"] for x in done.stdout.splitlines()] == [["isolation"]]


def test_nlp_does_not_import_other_packages():
    for path in (ROOT / "nlp").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for package in ("bot", "intake", "admin"):
            assert f"import {package}" not in source and f"from {package}" not in source, path
