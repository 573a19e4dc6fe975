from __future__ import annotations

from pathlib import Path

import pytest

from schemas.sources import KNOWN_PLATFORMS, SourcesFileError, load_sources
from spiders.platforms import SPIDERS
from tests.conftest import DEMO


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """
[[source]]
id = "one"
platform = "meeting_guide"
url = "https://example.org/feed.json"
fellowship = "Narcotics Anonymous"
timezone = "America/New_York"
country = "us"
"""


def test_demo_sources_load() -> None:
    sources = load_sources(DEMO / "sources.toml")
    assert len(sources.enabled) >= 3
    assert all(s.is_local for s in sources.sources)
    assert all((DEMO / s.local_path).exists() for s in sources.sources)


def test_defaults_and_canonical_values(tmp_path: Path) -> None:
    source = load_sources(write(tmp_path, GOOD)).sources[0]
    assert (source.fellowship, source.country, source.enabled) == ("NA", "US", True)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('colour = "blue"', "source #1 (id 'one'): colour: unknown key"),
        ('timezone = "-05:00"', "timezone must be an IANA name"),
    ],
)
def test_bad_entry_names_file_and_entry(tmp_path: Path, extra: str, message: str) -> None:
    text = GOOD.replace('timezone = "America/New_York"\n', "") + extra + "\n"
    path = write(tmp_path, text)
    with pytest.raises(SourcesFileError) as error:
        load_sources(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_duplicate_id(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + GOOD)
    with pytest.raises(SourcesFileError, match=r"source #2 \(id 'one'\): duplicate id 'one'"):
        load_sources(path)


def test_unknown_platform(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("meeting_guide", "bmtl"))
    with pytest.raises(SourcesFileError, match="unknown platform 'bmtl'"):
        load_sources(path)


def test_unknown_fellowship_and_bad_url(tmp_path: Path) -> None:
    with pytest.raises(SourcesFileError, match="unknown fellowship 'Bowling Club'"):
        load_sources(write(tmp_path, GOOD.replace("Narcotics Anonymous", "Bowling Club")))
    with pytest.raises(SourcesFileError, match="url must be http"):
        load_sources(write(tmp_path, GOOD.replace("https://", "ftp://")))


def test_not_toml_and_missing(tmp_path: Path) -> None:
    with pytest.raises(SourcesFileError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[source]\nid="))
    with pytest.raises(SourcesFileError, match="no such sources file"):
        load_sources(tmp_path / "absent.toml")


def test_platform_list_matches_spiders() -> None:
    assert set(KNOWN_PLATFORMS) == set(SPIDERS)
