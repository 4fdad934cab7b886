"""The grouping signals tokenize each text once (``features_of``), with the same result as
tokenizing the joined text for the terms and each body sentence again for the names."""

from __future__ import annotations

import random
from collections import Counter

import pytest

import brief.stories.features as features
from brief.ingest import load_paths
from brief.model import Article
from brief.stories.facts import lead_magnitude
from brief.text.dates import article_day
from brief.text.tokens import WORD, stem, stop_words

WORDS = [
    "harbour", "council", "the", "of", "Valdora", "Kestel", "İzmit", "O\u2019Neill", "U.S.",
    "e-mail", "a", "I", "rock's", "Mayor", "ÉCOLE", "Café", "3,000", "2024", "x2", "don't",
    "Ferry", "FERRY", "said", "on", "Monday", "river-bank", "naïve", "ﬁsh", "Straße", "_",
]  # fmt: skip


def _text(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.1:
            words = [w.upper() for w in words]  # an all-caps line
        out.append(" ".join(words).capitalize() + rng.choice([".", "!", "?", ""]))
    return " ".join(out)


def _reference(article: Article) -> features.ArticleFeatures:
    """The signals as they were computed: the terms from the texts joined by spaces, the
    names' title-case test tokenizing each body sentence again."""
    sentences = [s for s in article.sentences if s.role in features._TEXT_ROLES]
    if sentences:
        body = [s.text for s in sentences if s.role == "body"] or [s.text for s in sentences]
        head = article.title if article.title not in (article.id, article.path) else ""
        text = " ".join([head, *(s.text for s in sentences)])
    else:
        text, body = article.text, [article.text]
    stops = stop_words()
    tokens = [w.lower().replace("\u2019", "'") for w in WORD.findall(text)]
    terms = Counter(stem(w) for w in tokens if w not in stops and len(w) > 1 and w.isalpha())
    words = {s: WORD.findall(s) for s in body}  # tokenized apart, as the names' test did
    return features.ArticleFeatures(
        id=article.id,
        terms=terms,
        entities=features._entities(body, stops, words),
        day=article_day(article.date, article.text),
        length=sum(terms.values()),
        magnitude=lead_magnitude(article.text),
        lead=tuple(s.text for s in article.sentences if s.role == "body")[:1],
    )


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    folder = tmp_path_factory.mktemp("pile")
    rng = random.Random(13)
    for n in range(60):
        paragraphs = [_text(rng, rng.randint(1, 4)) for _ in range(rng.randint(1, 5))]
        title = _text(rng, 1).title() if n % 3 else ""
        body = "\n\n".join(paragraphs)
        (folder / f"a{n:02d}.txt").write_text(f"{title}\n\n{body}" if title else body, "utf-8")
    (folder / "b.md").write_text("# Harbour Ferry Strike\n\n## Council Says\n\nThe ferry.\n")
    return load_paths([str(folder)]).articles


def test_same_signals_as_the_joined_text(articles: list[Article]) -> None:
    assert len(articles) > 50
    for article in articles:
        shared, alone = features.features_of(article), _reference(article)
        assert shared == alone
        # the same order of first use: the vectors number the terms in it
        assert list(shared.terms.items()) == list(alone.terms.items())
        assert list(shared.entities.items()) == list(alone.entities.items())


TEXT = "The mayor of the town, Ann Kestel, said the harbour of Valdora would open on time."


def test_an_article_without_sentences(articles: list[Article]) -> None:
    article = Article(id="bare", path="bare.txt", text=TEXT)
    assert not article.sentences
    assert features.features_of(article) == _reference(article)
    assert "kestel" in features.features_of(article).entities


def test_each_text_is_tokenized_once(articles: list[Article], monkeypatch) -> None:
    """Every character of the article's texts goes through the word pattern once, not
    once for the terms and again for the names."""
    read: list[str] = []

    class Counting:
        def findall(self, text: str) -> list[str]:
            read.append(text)
            return WORD.findall(text)

    monkeypatch.setattr(features, "WORD", Counting())
    for article in articles:
        read.clear()
        features._TERMS.clear()
        features.features_of(article)
        sentences = [s.text for s in article.sentences if s.role in features._TEXT_ROLES]
        assert sum(map(len, read)) <= len(article.title) + sum(map(len, sentences)) + 1


def test_the_word_cache_is_bounded(articles: list[Article], monkeypatch) -> None:
    monkeypatch.setattr(features, "_TERMS_MAX", 5)
    features._TERMS.clear()
    for article in articles[:5]:
        assert features.features_of(article) == _reference(article)
        assert len(features._TERMS) <= 5 + 1
    features._TERMS.clear()
