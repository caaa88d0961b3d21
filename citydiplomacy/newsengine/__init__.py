"""City Diplomacy news engine: news item in, structured record out. No Django import.

from citydiplomacy.newsengine import process_item, process_many, NewsItem, NewsRecord
"""

from .dedup import group_stories
from .gazetteer import Gazetteer, default_gazetteer
from .pipeline import NewsItem, NewsRecord, process_item, process_many

__all__ = [
    "Gazetteer",
    "NewsItem",
    "NewsRecord",
    "default_gazetteer",
    "group_stories",
    "process_item",
    "process_many",
]
