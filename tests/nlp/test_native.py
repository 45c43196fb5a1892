"""The mypyc-compiled extractor: the same answers as the pure Python, never stale."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nlp import native
from nlp.lexicon import DEFAULT_LEXICON, load_entries

ROOT = Path(__file__).resolve().parents[2]

needs_build = pytest.mark.skipif(
    native.usable_compiled_dir() is None,
    reason="nlp is not compiled here (make install runs scripts/compile_nlp.py)",
)


def messages() -> list[str]:
    """Every lexicon form in a sentence, and random mixes of them: every path runs."""
    forms = [
        e.form.replace("…", "を") for e in load_entries(DEFAULT_LEXICON) if "re:" not in e.form
    ]
    frames = ["{}", "{}で困っています", "{}ではない", "母が{}。", "中学生です、{}"]
    out = [frames[n % len(frames)].format(form) for n, form in enumerate(forms)]
    rng = random.Random(8050)
    for _ in range(600):
        out.append("、".join(rng.sample(out, rng.randint(2, 4))))
    out += ["", "🙂🙂🙂", "ｼﾆﾀｲ", "し に た い", "85歳の母と55歳の息子", "ＤＶ", "a" * 5000]
    return out


def python(code: str, *args: str, cwd: Path, stdin: str = "", **env: str) -> tuple[str, str]:
    """stdout and stderr of ``python -c code`` without the caller's TSUNAGU_NLP_PURE."""
    base = {k: v for k, v in os.environ.items() if k != "TSUNAGU_NLP_PURE"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=base | env,
        timeout=120,
        check=True,
    )
    return done.stdout, done.stderr


def classify(*flags: str, **env: str) -> tuple[str, str]:
    """stdout of ``python -m nlp`` on messages(), and whether the compiled code ran."""
    code = "import nlp, sys; from nlp.__main__ import main; "
    code += "print(nlp.COMPILED, file=sys.stderr); main(sys.argv[1:])"
    text = "\n".join(m.replace("\n", " ") for m in messages()) + "\n"
    out, err = python(code, *flags, cwd=ROOT, stdin=text, **env)
    return out, err.strip().splitlines()[-1]


@needs_build
@pytest.mark.parametrize("flags", [(), ("--explain",)], ids=["json", "explain"])
def test_compiled_and_pure_python_give_identical_output(flags: tuple[str, ...]):
    compiled, compiled_ran = classify(*flags)
    pure, pure_ran = classify(*flags, TSUNAGU_NLP_PURE="1")
    assert (compiled_ran, pure_ran) == ("True", "False")
    assert compiled.count("\n") >= len(messages())
    assert compiled == pure


@needs_build
def test_an_edited_source_makes_the_build_stale_so_pure_python_runs(tmp_path: Path):
    copy = tmp_path / "nlp"
    shutil.copytree(ROOT / "nlp", copy, ignore=shutil.ignore_patterns("__pycache__"))
    probe = "import nlp; print(nlp.COMPILED, nlp.extract('死にたい').crisis)"

    def run() -> str:
        return python(probe, cwd=tmp_path, PYTHONPATH=str(tmp_path))[0].strip()

    assert run() == "True ('suicide',)"
    rules = copy / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert run() == "False ('suicide',)"


def test_a_missing_or_foreign_manifest_means_pure_python(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("TSUNAGU_NLP_PURE", raising=False)
    monkeypatch.setattr(native, "COMPILED_DIR", tmp_path)
    assert native.usable_compiled_dir() is None  # nothing built
    manifest = tmp_path / native.MANIFEST
    manifest.write_text("{not json", encoding="utf-8")
    assert native.usable_compiled_dir() is None
    built = native.manifest_for(native.source_digests())
    manifest.write_text(json.dumps(built), encoding="utf-8")
    assert native.usable_compiled_dir() == tmp_path
    manifest.write_text(json.dumps(built | {"python": "cpython-27"}), encoding="utf-8")
    assert native.usable_compiled_dir() is None
    manifest.write_text(json.dumps(built), encoding="utf-8")
    monkeypatch.setenv("TSUNAGU_NLP_PURE", "1")
    assert native.usable_compiled_dir() is None
