"""bench/nlp.py keeps working: its stage timing runs the real pipeline stage by stage."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from nlp import Extractor

BENCH = Path(__file__).resolve().parents[2] / "bench" / "nlp.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_nlp", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stage_times_cover_every_stage(bench: ModuleType, extractor: Extractor):
    messages = bench.make_messages(30, seed=1)
    times = bench.stage_times(extractor, messages)
    assert set(times) == {name for _, name in bench.STAGES} | {"extract"}
    assert all(seconds >= 0 for seconds in times.values())


def test_print_stages_names_each_stage(bench: ModuleType, extractor: Extractor, capsys):
    bench.print_stages(extractor, bench.bare_tokeniser(), rounds=1, size=20)
    out = capsys.readouterr().out
    for title, _ in bench.STAGES:
        assert title in out
    assert "whole extraction" in out
