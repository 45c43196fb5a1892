"""Tests for the windows directory (intake/directory)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from intake.directory import (
    DATA_DIR,
    FIELDS,
    Directory,
    DirectoryError,
    Service,
    load_directory,
)
from intake.directory.check import check_directory

SHARED = Path("/work/shared")
SEEDS = SHARED / "seeds"
DOMAIN_FACTS = SHARED / "reference" / "domain-facts.md"

IDS = ["daisen", "nagai", "oizumi", "wakuya", "oda"]


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory()


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path: Path, needle: str, start: int = 1) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number >= start and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def _svc(service: Service | None) -> Service:
    assert service is not None
    return service


def _squash(text: str) -> str:
    """Remove whitespace: PDF extraction breaks names across lines."""
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------------- loading


def test_all_five_load(directory: Directory) -> None:
    assert sorted(m.id for m in directory.municipalities) == sorted(IDS)
    for mid in IDS:
        municipality = directory.municipality(mid)
        assert municipality.name and municipality.prefecture
        assert municipality.services
    assert [m.id for m in directory.municipalities] == sorted(IDS)


def test_unknown_municipality_raises(directory: Directory) -> None:
    with pytest.raises(KeyError):
        directory.municipality("tokyo")


# Window names as the seeds spell them.
EXPECTED_WINDOWS: dict[str, dict[str, str]] = {
    "daisen": {
        "care": "高齢者包括支援センター",
        "disability": "基幹相談支援センターかのん",
        "child": "こども家庭センター",
        "hardship": "自立相談支援室",
        "health": "健康増進センター",
    },
    "nagai": {
        "care": "地域包括支援センター",
        "disability": "サポートセンターおきたま",
        "child": "こども家庭センター",
        "hardship": "長井市社会福祉協議会",
        "health": "健康スポーツ課",
    },
    "oizumi": {
        "care": "大泉町地域包括支援センター",
        "disability": "大泉町障害者相談支援センター",
        "child": "大泉町こども家庭センター",
        "hardship": "生活困窮相談",
    },
    "wakuya": {
        "care": "涌谷町地域包括支援センター",
        "disability": "基幹相談支援センター結の郷わくや",
        "child": "子育て支援室",
        "hardship": "涌谷町社会福祉協議会",
    },
    "oda": {
        "care": "大田市地域包括支援センター",
        "disability": "障害者地域生活支援センターせいふう",
        "child": "大田市母子健康包括支援センター おおだっこ",
        "hardship": "生活サポートセンターおおだ",
        "health": "わたしの町の看護師さん",
    },
}


@pytest.mark.parametrize("mid", IDS)
def test_each_field_maps_to_the_seed_window(directory: Directory, mid: str) -> None:
    municipality = directory.municipality(mid)
    expected = EXPECTED_WINDOWS[mid]
    for field_id in FIELDS:
        service = municipality.window(field_id)
        if field_id not in expected:
            assert service is None, f"{mid}.{field_id} should be a gap"
            assert field_id in municipality.gaps, f"{mid}.{field_id}: gap needs a reason"
            continue
        assert service is not None, f"{mid}.{field_id} has no window"
        assert expected[field_id] in service.name + " ".join(service.locations), (
            f"{mid}.{field_id}: {service.name!r}"
        )
        assert field_id in service.fields


def test_exact_daisen_names(directory: Directory) -> None:
    daisen = directory.municipality("daisen")
    assert _svc(daisen.window("care")).name == "高齢者包括支援センター"
    assert _svc(daisen.window("child")).name == "こども家庭センター"
    assert _svc(daisen.window("hardship")).name == "自立相談支援室"


@pytest.mark.parametrize("mid", IDS)
def test_coordination_and_outreach(directory: Directory, mid: str) -> None:
    coordination = directory.coordination(mid)
    outreach = directory.outreach(mid)
    assert coordination is not None and coordination.kind == "coordination"
    assert outreach is not None and outreach.kind == "outreach"


def test_who_runs_coordination_and_outreach(directory: Directory) -> None:
    assert _svc(directory.coordination("daisen")).operator == "大仙市社会福祉協議会"
    assert _svc(directory.outreach("daisen")).operator == "大仙市社会福祉協議会"
    assert _svc(directory.coordination("wakuya")).department == "福祉課 包括支援班"
    assert _svc(directory.outreach("wakuya")).operator == "涌谷町社会福祉協議会"
    assert _svc(directory.outreach("oda")).operator == "大田市社会福祉協議会"
    assert _svc(directory.coordination("oizumi")).operation == "直営"


def test_hikikomori_routes(directory: Directory) -> None:
    assert _svc(directory.hikikomori("oizumi")).name == "ひきこもり相談（福祉課）"
    assert "ひきこもり" in _svc(directory.hikikomori("nagai")).name
    assert directory.hikikomori("daisen") == directory.outreach("daisen")
    assert directory.hikikomori("oda") is None
    assert "hikikomori" in directory.municipality("oda").gaps


def test_known_gaps(directory: Directory) -> None:
    assert directory.municipality("oizumi").missing_fields() == ["health"]
    assert directory.municipality("wakuya").missing_fields() == ["health"]
    for mid in ("daisen", "nagai", "oda"):
        assert directory.municipality(mid).missing_fields() == []


def test_service_ids_unique(directory: Directory) -> None:
    ids = [s.id for m in directory.municipalities for s in m.services]
    assert len(ids) == len(set(ids))


# --------------------------------------------------------------------------- windows_for


def test_windows_for_canonical_order_and_patterns(directory: Directory) -> None:
    result = directory.windows_for("oizumi", ["hardship", "care", "child"], ["hikikomori"])
    assert [key for key, _ in result] == ["care", "child", "hardship", "hikikomori"]
    assert result[-1][1].id == "oizumi-hikikomori"


def test_windows_for_no_duplicates(directory: Directory) -> None:
    # daisen: the ひきこもり route is the outreach service; asking twice lists it once.
    result = directory.windows_for("daisen", ["care", "care"], ["hikikomori", "hikikomori"])
    ids = [s.id for _, s in result]
    assert ids == ["daisen-houkatsu", "daisen-outreach"]
    assert len(ids) == len(set(ids))


def test_windows_for_gap_and_fallback(directory: Directory) -> None:
    assert directory.windows_for("wakuya", ["health"], []) == []
    fallback = directory.windows_for("wakuya", ["health"], [], fallback=True)
    assert fallback == [("health", directory.coordination("wakuya"))]


def test_windows_for_unknown_ids(directory: Directory) -> None:
    with pytest.raises(ValueError):
        directory.windows_for("daisen", ["money"], [])
    with pytest.raises(ValueError):
        directory.windows_for("daisen", [], ["ghost"])


@pytest.mark.parametrize("mid", IDS)
def test_elder_abuse_goes_to_the_care_window(directory: Directory, mid: str) -> None:
    # No national line for elder abuse: the municipality's 高齢 window is the answer.
    [(key, service)] = directory.windows_for(mid, ["care"], [])
    assert key == "care"
    assert "包括支援センター" in service.name


# --------------------------------------------------------------------------- national lines


def test_crisis_lines_order(directory: Directory) -> None:
    def names(kinds: list[str]) -> list[str]:
        return [line.name for line in directory.crisis_lines(kinds)]

    assert [line.number for line in directory.crisis_lines(["emergency"])] == ["119", "110"]
    assert names(["suicide"]) == [
        "#いのちSOS",
        "よりそいホットライン",
        "こころの健康相談統一ダイヤル",
    ]
    assert [line.number for line in directory.crisis_lines(["abuse"])] == ["189"]
    assert [line.number for line in directory.crisis_lines(["dv"])] == ["#8008", "0120-279-889"]
    assert names(["child_self"]) == ["24時間子供SOSダイヤル", "チャイルドライン"]
    # emergency always comes first, whatever order the kinds are asked in
    mixed = directory.crisis_lines(["child_self", "suicide", "emergency"])
    assert [line.number for line in mixed[:2]] == ["119", "110"]
    assert mixed[2].name == "#いのちSOS"
    assert mixed[-1].name == "チャイルドライン"
    # each line once
    assert len({line.id for line in mixed}) == len(mixed)


def test_crisis_lines_unknown_kind(directory: Directory) -> None:
    with pytest.raises(ValueError):
        directory.crisis_lines(["elder_abuse"])


def test_no_national_line_without_a_number(directory: Directory) -> None:
    assert directory.national_lines
    for line in directory.national_lines:
        assert line.number.strip(), line.id
        assert re.fullmatch(r"#?[0-9][0-9-]*", line.number), line.number
        assert line.status.startswith("Verified"), line.id
        assert line.kinds, line.id


def test_loader_rejects_line_without_number(data_copy: Path) -> None:
    national = data_copy / "national.toml"
    _replace(national, 'number = "119"', 'number = ""')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    assert info.value.line == _line_of(national, 'number = ""')
    assert str(info.value).startswith(f"{national}:{info.value.line}:")


def test_loader_rejects_unverified_line(data_copy: Path) -> None:
    national = data_copy / "national.toml"
    _replace(national, 'status = "Verified"', 'status = "Unverified"')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    assert info.value.line == _line_of(national, 'status = "Unverified"')


def _source_text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    parts.append(DOMAIN_FACTS.read_text(encoding="utf-8"))
    return "\n".join(parts)


@pytest.mark.skipif(
    not (SEEDS.is_dir() and DOMAIN_FACTS.is_file()),
    reason="/work/shared (seed documents and domain-facts.md) is not available here",
)
def test_every_phone_number_appears_in_the_sources(directory: Directory) -> None:
    """Guards against invented numbers: each number must be in a seed or domain-facts.md."""
    sources = _source_text()
    numbers: list[str] = []
    for line in directory.national_lines:
        numbers.extend(line.numbers())
    for municipality in directory.municipalities:
        numbers.extend(s.contact.phone for s in municipality.services if s.contact.phone)
    assert numbers
    for number in numbers:
        assert number in sources, f"{number} is not in the sources"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="/work/shared/seeds is not available here")
def test_services_cite_a_seed_and_its_names(directory: Directory) -> None:
    for municipality in directory.municipalities:
        seed = SEEDS / municipality.source_file
        assert seed.is_file(), municipality.source_file
        text = _squash(seed.read_text(encoding="utf-8"))
        for service in municipality.services:
            assert service.source.file == municipality.source_file, service.id
            assert service.source.locator, service.id
            for location in service.locations:
                assert _squash(location) in text, f"{service.id}: {location!r} not in seed"


def test_services_have_description_and_date(directory: Directory) -> None:
    for municipality in directory.municipalities:
        for service in municipality.services:
            assert service.description.endswith("。"), service.id
            assert service.last_checked.isoformat() == "2026-11-22", service.id


# --------------------------------------------------------------------------- malformed files


def test_malformed_toml_gives_file_and_line(data_copy: Path) -> None:
    path = data_copy / "nagai.toml"
    _replace(path, 'prefecture = "山形県"', 'prefecture = "山形県')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    expected_line = _line_of(path, 'prefecture = "山形県')
    assert info.value.path == path
    assert info.value.line == expected_line
    assert str(info.value).startswith(f"{path}:{expected_line}: TOML syntax error")


def test_unknown_field_id_gives_file_and_line(data_copy: Path) -> None:
    path = data_copy / "oda.toml"
    header = _line_of(path, 'id = "oda-shogai"')
    _replace(path, 'fields = ["disability"]', 'fields = ["disabilty"]')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    assert info.value.path == path
    assert info.value.line == _line_of(path, '"disabilty"', start=header)
    assert "unknown field id 'disabilty'" in str(info.value)


def test_unknown_field_in_windows_table(data_copy: Path) -> None:
    path = data_copy / "daisen.toml"
    _replace(path, 'health = "daisen-kenko-zoshin"', 'kenkou = "daisen-kenko-zoshin"')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    assert info.value.line == _line_of(path, 'kenkou = "daisen-kenko-zoshin"')


def test_reference_to_missing_service(data_copy: Path) -> None:
    path = data_copy / "wakuya.toml"
    _replace(path, 'outreach = "wakuya-outreach"', 'outreach = "wakuya-nowhere"')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    assert info.value.path == path
    assert info.value.line == _line_of(path, 'outreach = "wakuya-nowhere"')
    assert "missing service id 'wakuya-nowhere'" in info.value.message


def test_duplicate_service_id(data_copy: Path) -> None:
    path = data_copy / "oizumi.toml"
    _replace(path, 'id = "oizumi-foodbank"', 'id = "oizumi-houkatsu"')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    assert "duplicate service id 'oizumi-houkatsu'" in info.value.message
    assert info.value.line == _line_of(path, 'id = "oizumi-houkatsu"', start=100)


def test_unknown_key_and_wrong_type(data_copy: Path) -> None:
    path = data_copy / "daisen.toml"
    _replace(path, "sites = 5", 'sites = "5"')
    _replace(path, 'phone = ""', 'phone = ""\nfax = ""')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    messages = {e.line: e.message for e in info.value.errors}
    assert _line_of(path, 'sites = "5"') in messages
    assert "must be an integer" in messages[_line_of(path, 'sites = "5"')]
    assert "unknown key 'fax'" in messages[_line_of(path, 'fax = ""')]


def test_window_must_serve_its_field(data_copy: Path) -> None:
    path = data_copy / "oda.toml"
    _replace(path, 'care = "oda-houkatsu"', 'care = "oda-shogai"')
    with pytest.raises(DirectoryError) as info:
        load_directory(data_copy)
    assert info.value.line == _line_of(path, 'care = "oda-shogai"')


# --------------------------------------------------------------------------- check


def test_check_passes_with_gaps_as_warnings() -> None:
    report = check_directory()
    assert report.ok
    assert not report.errors
    oizumi = [g.message for g in report.gaps_for("oizumi")]
    assert any("(health) の窓口がありません" in m for m in oizumi)
    oda = [g.message for g in report.gaps_for("oda")]
    assert any("patterns.hikikomori" in m for m in oda)
    # the sources give no phone numbers for municipal windows: every one is reported
    daisen = [g.message for g in report.gaps_for("daisen")]
    assert any("「高齢者包括支援センター」" in m and "電話番号" in m for m in daisen)
    assert any("受付時間" in m for m in daisen)
    assert any("住所・URL" in m for m in daisen)
    assert any("児童相談所相談専用ダイヤル" in g.message for g in report.gaps_for("national"))
    text = report.format()
    assert "エラーはありません" in text
    for gap in report.gaps:
        assert str(gap).startswith(f"{gap.path}:{gap.line}: ")


def test_check_reports_malformed_files(data_copy: Path) -> None:
    path = data_copy / "wakuya.toml"
    _replace(path, 'fields = ["child"]', 'fields = ["kids"]')
    _replace(data_copy / "oda.toml", "[windows]", "[windows")
    report = check_directory(data_copy)
    assert not report.ok
    lines = report.error_lines()
    kids_line = _line_of(path, '"kids"')
    assert any(line.startswith(f"{path}:{kids_line}: ") for line in lines)
    assert any(line.startswith(f"{data_copy / 'oda.toml'}:") for line in lines)
