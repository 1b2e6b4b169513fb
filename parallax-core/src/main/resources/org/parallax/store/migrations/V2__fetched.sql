-- What the fetcher remembers, so nothing is fetched twice (org.parallax.fetch.WorkspaceFetchLog): one row per URL
-- fetched, page or feed. For a page: its canonical URL and the SHA-256 of its article text (the same article met
-- under another address is a duplicate). For a feed (status 'feed'): its ETag and Last-Modified, sent back as a
-- conditional GET on the next poll. Failed fetches are kept too (status 'failed') and are tried again.
CREATE TABLE fetched (
    url           TEXT PRIMARY KEY,
    canonical_url TEXT,
    content_hash  TEXT,
    etag          TEXT,
    last_modified TEXT,
    fetched_at    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('added', 'duplicate', 'not_article', 'failed', 'feed'))
);

CREATE INDEX fetched_canonical ON fetched (canonical_url) WHERE status = 'added';

CREATE INDEX fetched_content ON fetched (content_hash) WHERE status = 'added';
