from citydiplomacy.newsengine import NewsItem, NewsRecord, group_stories, process_many

A = (
    "هیئت شهرداری تهران به سرپرستی معاون شهردار تهران برای شرکت در اجلاس شهرداران بریکس وارد مسکو شد. "
    "این هیئت در فرودگاه مسکو مورد استقبال سفیر ایران در روسیه قرار گرفت. اجلاس روزهای چهارشنبه و پنجشنبه "
    "با حضور شهرداران کشورهای عضو بریکس در مسکو برگزار می‌شود و موضوع آن حمل و نقل عمومی و شهر هوشمند است."
)
B = (
    "هیات شهرداری تهران به سرپرستی معاون شهردار تهران به منظور شرکت در اجلاس شهرداران بریکس وارد مسکو شد. "
    "هیات در فرودگاه مسکو مورد استقبال سفیر کشورمان در روسیه قرار گرفت. این اجلاس چهارشنبه و پنج‌شنبه "
    "با حضور شهرداران کشورهای عضو بریکس در مسکو برگزار خواهد شد و موضوع آن حمل و نقل عمومی و شهر هوشمند است."
)
C = (
    "شهردار تهران و شهردار مسکو در حاشیه اجلاس بریکس تفاهم‌نامه همکاری در زمینه مترو امضا کردند. "
    "بر اساس این تفاهم‌نامه دو شهر در ساخت خطوط جدید مترو و آموزش کارکنان همکاری خواهند کرد."
)


def test_near_duplicates_together_other_story_of_same_trip_apart():
    recs = process_many([NewsItem(id="a", text=A), NewsItem(id="b", text=B), NewsItem(id="c", text=C)])
    assert recs[0].cluster is not None and recs[0].cluster == recs[1].cluster
    assert recs[2].cluster is None


def test_cross_language_pair_with_agreeing_facts():
    common = dict(is_city_diplomacy=True, event_type="agreement", home_city="Tehran", cities=["Beijing"])
    fa = NewsRecord(id="fa", lang="fa", text="متن فارسی خبر", published="2025-10-16", **common)
    en = NewsRecord(id="en", lang="en", text="English text of the story", published="2025-10-17", **common)
    later = NewsRecord(id="old", lang="en", text="Another text", published="2024-01-01", **common)
    other = NewsRecord(
        id="x",
        lang="en",
        text="Some text",
        published="2025-10-16",
        **{**common, "event_type": "outbound_visit"},
    )
    assert group_stories([fa, en, later, other]) == [[0, 1]]


def test_errors_and_empty_texts_are_never_grouped():
    recs = [NewsRecord(id=str(i), error="bad") for i in range(3)] + [NewsRecord(id="e", text="")]
    assert group_stories(recs) == []


def test_lsh_buckets_hold_exactly_the_records_whose_band_rows_are_equal():
    import numpy as np

    from citydiplomacy.newsengine.dedup import _buckets

    band = np.array([[1, 2, 3], [9, 9, 9], [1, 2, 3], [1, 2, 4], [9, 9, 9], [1, 2, 3]], dtype=np.uint64)
    ids = np.array([10, 11, 12, 13, 14, 15])
    assert sorted(_buckets(band, ids)) == [[10, 12, 15], [11, 14]]
    assert _buckets(band[:1], ids[:1]) == []
    assert _buckets(np.array([[1, 2, 3], [1, 2, 4]], dtype=np.uint64), np.array([0, 1])) == []
