-- The archive's schema: the one definition, compiled into the `archive` binary.
-- Applied to a new archive as a whole; the line below is the version it creates.
-- An older archive is brought up to this version by the migrations in Schema+Migrations.swift.
PRAGMA user_version = 1;

-- One row per story: the cleaned text and its metadata.
CREATE TABLE IF NOT EXISTS articles (
    id                INTEGER PRIMARY KEY,
    title             TEXT,
    published         TEXT,      -- ISO 8601 as precise as the text says: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision    TEXT NOT NULL DEFAULT 'unknown'
                      CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    source            TEXT,      -- the outlet
    byline            TEXT,
    url               TEXT,
    language          TEXT,
    tags              TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    body              TEXT NOT NULL,
    words             INTEGER NOT NULL,
    content_hash      TEXT NOT NULL UNIQUE,         -- SHA-256 of the body: identical bodies are one article
    simhash           INTEGER NOT NULL,             -- 64-bit SimHash of the body's word shingles
    duplicate_of      INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    encoding          TEXT,
    extractor_version INTEGER NOT NULL,
    added_at          TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);

-- Near-duplicate lookup: the SimHash cut into four 16-bit bands. Two bodies whose hashes differ
-- in at most three bits share at least one band, so one indexed lookup per band finds them.
CREATE TABLE IF NOT EXISTS simhash_bands (
    band       INTEGER NOT NULL,
    key        INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS simhash_bands_article ON simhash_bands(article_id);

-- Each run of `archive ingest`.
CREATE TABLE IF NOT EXISTS ingest_runs (
    id          INTEGER PRIMARY KEY,
    root        TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    seen        INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    pruned      INTEGER NOT NULL DEFAULT 0
);

-- The ingest ledger: every file ever seen, so an unchanged file is not read again.
CREATE TABLE IF NOT EXISTS files (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL UNIQUE,
    size       INTEGER NOT NULL,
    mtime      REAL NOT NULL,
    sha256     TEXT,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    status     TEXT NOT NULL CHECK (status IN ('article', 'copy', 'skipped', 'container')),
    reason     TEXT,                                -- why a file was skipped
    -- A file of many articles (JSON array, JSON Lines) is a 'container' row, and each of its
    -- records a row of its own whose path is the file's path, '#', and the record's place
    -- (`feed.jsonl#L12`: line 12; `dump.json#3`: the third object).
    encoding   TEXT,
    run_id     INTEGER REFERENCES ingest_runs(id) ON DELETE SET NULL,
    seen_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_article ON files(article_id);

-- Full-text search over title and body. External content: the text lives once, in articles;
-- the triggers keep the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body,
    content="articles", content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);

CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Readable joins for sqlite3 and Datasette users.
CREATE VIEW IF NOT EXISTS article_files AS
    SELECT files.path, files.status, files.size, files.encoding, files.seen_at,
           articles.id AS article_id, articles.title, articles.published, articles.source
    FROM files LEFT JOIN articles ON articles.id = files.article_id;

CREATE VIEW IF NOT EXISTS skipped_files AS
    SELECT path, reason, size, seen_at FROM files WHERE status = 'skipped';
