-- Schema version 1: the system of record of a workspace. Dates are ISO yyyy-MM-dd text, so they sort as dates.
-- The runner records the version in meta after this script, in the same transaction.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('generation', 0);

CREATE TABLE articles (
  id               TEXT PRIMARY KEY,
  url              TEXT,
  normalized_url   TEXT,
  text_hash        TEXT NOT NULL,
  outlet           TEXT NOT NULL,
  published        TEXT,
  title            TEXT,
  article_json     TEXT NOT NULL,
  annotations_json TEXT,
  added            INTEGER NOT NULL UNIQUE
);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_url ON articles (normalized_url);
CREATE INDEX articles_text_hash ON articles (text_hash);

CREATE TABLE events (
  id            TEXT PRIMARY KEY,
  title         TEXT,
  start_day     TEXT,
  end_day       TEXT,
  article_count INTEGER NOT NULL
);
CREATE INDEX events_newest ON events (end_day DESC, id);

CREATE TABLE memberships (
  article_id TEXT PRIMARY KEY REFERENCES articles (id),
  event_id   TEXT NOT NULL REFERENCES events (id)
);
CREATE INDEX memberships_event ON memberships (event_id);

CREATE TABLE dossiers (
  event_id     TEXT PRIMARY KEY REFERENCES events (id),
  dossier_json TEXT NOT NULL
);

-- each source an article credits (from its annotations' attributions), for the outlet overview
CREATE TABLE cited_sources (
  article_id TEXT NOT NULL REFERENCES articles (id),
  source     TEXT NOT NULL,
  PRIMARY KEY (article_id, source)
);
