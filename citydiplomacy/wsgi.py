import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citydiplomacy.settings")
application = get_wsgi_application()

from citydiplomacy.news.scheduler import start as start_news_scheduler  # noqa: E402

start_news_scheduler()
