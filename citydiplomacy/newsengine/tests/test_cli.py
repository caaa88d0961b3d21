import json

from citydiplomacy.newsengine.cli import main

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>Tehran mayor meets ambassador of Turkey</title><link>https://example.org/1</link>
<pubDate>Thu, 16 Oct 2025 10:00:00 +0000</pubDate>
<description>The Mayor of Tehran met the Ambassador of Turkey to discuss public transport.</description></item>
</channel></rss>"""


def test_extract_jsonl_html_rss_and_broken_files(tmp_path, capsys):
    (tmp_path / "in.jsonl").write_text(
        json.dumps({"id": "j1", "text": "شهردار مشهد با سفیر عراق دیدار کرد."}, ensure_ascii=False)
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_bytes(
        "<html><body><p>شهردار شیراز با شهردار بغداد تفاهم‌نامه همکاری امضا کرد.</p></body></html>".encode()
    )
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "broken.rss").write_text("<rss><channel><item>oops", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rc = main(
        [
            "extract",
            str(tmp_path / "in.jsonl"),
            str(tmp_path / "page.html"),
            str(tmp_path / "feed.rss"),
            str(tmp_path / "broken.rss"),
            "--format",
            "jsonl",
            "--output",
            str(out),
        ]
    )
    assert rc == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 5
    by_id = {r["id"]: r for r in recs}
    assert by_id["j1"]["home_city"] == "Mashhad" and "Iraq" in by_id["j1"]["countries"]
    assert by_id["page"]["event_type"] == "agreement" and by_id["page"]["agreement_kind"] == "mou"
    rss = by_id["https://example.org/1"]
    assert rss["published"] == "2025-10-16" and rss["home_city"] == "Tehran"
    assert by_id["broken.rss"]["error"].startswith("not a valid RSS/Atom")
    assert any(r["error"] and "JSON" in r["error"] for r in recs)
    for r in recs:
        assert "cluster" in r and "event_type" in r
