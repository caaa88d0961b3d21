"""The data builders: a rebuild gives the committed files; descriptive names are left out."""

import importlib.util
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def _builder(name="build_places"):
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_descriptive_english_names_are_not_names():
    descriptive = _builder().descriptive_name
    assert descriptive("Council of Capitals and Towns of the GCC States")
    assert descriptive("Union of ECO Member Cities")
    assert descriptive("League of G20 Cities")
    assert descriptive("Association of ASEAN cities and municipalities")
    assert descriptive("SCO Cities Association")
    assert not descriptive("International Municipal SCO Forum")
    assert not descriptive("Union of Municipalities of Turkey")
    assert not descriptive("United Cities and Local Governments")
    assert not descriptive("C40 Cities Climate Leadership Group")
    assert not descriptive("UCLG")


def test_a_rebuild_gives_the_committed_organizations(shared, tmp_path):
    out = tmp_path / "organizations_research.tsv"
    _builder().build_organizations(shared / "research" / "city-networks.md", out)
    assert out.read_text(encoding="utf-8") == (DATA / "organizations_research.tsv").read_text(
        encoding="utf-8"
    )


def test_a_rebuild_gives_the_committed_countries(tmp_path):
    out = tmp_path / "countries.tsv"
    _builder("build_gazetteer").build(out)
    assert out.read_text(encoding="utf-8") == (DATA / "countries.tsv").read_text(encoding="utf-8")
