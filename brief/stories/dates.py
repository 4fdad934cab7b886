"""The dates an article carries now live in ``brief.text.dates`` (a text primitive the
source lines read too, without the stories package); kept here for older imports."""

from brief.text.dates import article_day, dates_in, shown_day

__all__ = ["article_day", "dates_in", "shown_day"]
