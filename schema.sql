-- The archive's schema: the one definition, compiled into the `archive` binary.
-- Applied to a new archive as a whole; the line below is the version it creates.
-- An older archive is brought up to this version by the migrations in Schema.swift.
PRAGMA user_version = 10;

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
    updated_at        TEXT NOT NULL,
    title_forms       TEXT,
    body_forms        TEXT
);
-- title_forms and body_forms: what the stock tokenizer cannot tell apart, in forms it can
-- (Search/SearchForms.swift), one token each, NULL when there is none: acronyms as written in
-- capitals (`US` for US and U.S.), amounts (`gbp600m` for £600m, `usd1p13bn` for $1.13bn),
-- percentages (`10pct`), Arabic words folded and without their proclitics (`كهف` for بالكهف),
-- numbers in Arabic-Indic digits in Western ones. Written by `archive ingest` and `archive
-- reindex`; indexed in articles_fts. (No comment inside the column list: ALTER TABLE DROP COLUMN
-- cannot edit the statement around one.)
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);

-- Near-duplicate lookup: the SimHash cut into four 16-bit bands. Two bodies whose hashes differ
-- in at most three bits share at least one band, so one indexed lookup per band finds them.
-- The bands are indexes on expressions of articles.simhash, kept in step by SQLite itself; a
-- query must spell a band exactly as its index does to use it (ArticleStore+Duplicates).
-- Each index also holds the whole hash, so comparing a candidate reads the index alone: at a
-- million articles, fetching every candidate's row from the table made ingest slow down as it grew.
CREATE INDEX IF NOT EXISTS articles_band0 ON articles(simhash & 65535, simhash);
CREATE INDEX IF NOT EXISTS articles_band1 ON articles((simhash >> 16) & 65535, simhash);
CREATE INDEX IF NOT EXISTS articles_band2 ON articles((simhash >> 32) & 65535, simhash);
CREATE INDEX IF NOT EXISTS articles_band3 ON articles((simhash >> 48) & 65535, simhash);
CREATE VIEW IF NOT EXISTS simhash_bands AS
    SELECT 0 AS band, simhash & 65535 AS key, id AS article_id FROM articles
    UNION ALL SELECT 1, (simhash >> 16) & 65535, id FROM articles
    UNION ALL SELECT 2, (simhash >> 32) & 65535, id FROM articles
    UNION ALL SELECT 3, (simhash >> 48) & 65535, id FROM articles;

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
    seen_at    TEXT NOT NULL,
    source     TEXT                                 -- the outlet `archive ingest --source` gave the file's articles that name none
);
CREATE INDEX IF NOT EXISTS files_article ON files(article_id);

-- Full-text search over title and body. External content: the text lives once, in articles;
-- the triggers keep the index in step with every insert, update and delete. title_forms and
-- body_forms hold acronyms, amounts and Arabic words in forms the stock tokenizer keeps apart:
-- `archive search US` is `articles_fts MATCH '{title_forms body_forms} : US'` in any SQLite.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body, title_forms, body_forms,
    content="articles", content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);

-- Every term of the search index, as FTS5's tokenizer made it. A prefix search (`milit*`) looks
-- its terms up here and asks FTS5 for each by name: FTS5's own prefix search first merges the whole
-- doclist of every term the prefix matches, which at a million articles takes a tenth of a second
-- for a common one, and FTS5 keeps no list of its terms that can be read without reading those
-- doclists. Written by `archive ingest` with each article; a term whose last article went stays
-- and matches nothing.
CREATE TABLE IF NOT EXISTS search_terms (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Holds a row only inside an ingest's own transaction, never once it commits (so every other
-- writer, sqlite-utils or a sqlite3 user, finds the triggers below in charge). While it does, the
-- insert trigger leaves new articles to the ingest, which indexes a batch's articles in one statement
-- before it commits: FTS5 writes its pending terms out as a segment at the start of every statement
-- that may need rolling back, each trigger-fed insert is one, and merging a segment per article
-- made ingest slow down as the archive grew.
CREATE TABLE IF NOT EXISTS ingest_batch (
    run_id INTEGER NOT NULL
);

-- A row here says articles were written by something other than `archive ingest` (sqlite-utils, a
-- sqlite3 user), so search_terms may lack their terms: prefix searches are left to FTS5 until the
-- next ingest lists the index's terms again and clears it.
CREATE TABLE IF NOT EXISTS search_terms_stale (
    since TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS search_terms_stale_ai AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM ingest_batch) BEGIN
    INSERT INTO search_terms_stale SELECT datetime('now') WHERE NOT EXISTS (SELECT 1 FROM search_terms_stale);
END;
CREATE TRIGGER IF NOT EXISTS search_terms_stale_au AFTER UPDATE OF title, body ON articles WHEN NOT EXISTS (SELECT 1 FROM ingest_batch) BEGIN
    INSERT INTO search_terms_stale SELECT datetime('now') WHERE NOT EXISTS (SELECT 1 FROM search_terms_stale);
END;

CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM ingest_batch) BEGIN
    INSERT INTO articles_fts(rowid, title, body, title_forms, body_forms) VALUES (new.id, new.title, new.body, new.title_forms, new.body_forms);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, title_forms, body_forms)
    VALUES ('delete', old.id, old.title, old.body, old.title_forms, old.body_forms);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, body, title_forms, body_forms ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, title_forms, body_forms)
    VALUES ('delete', old.id, old.title, old.body, old.title_forms, old.body_forms);
    INSERT INTO articles_fts(rowid, title, body, title_forms, body_forms) VALUES (new.id, new.title, new.body, new.title_forms, new.body_forms);
END;

-- Articles whose title_forms and body_forms may not match their text: written by another program
-- (sqlite-utils, a sqlite3 user), which cannot compute them. The next `archive ingest` or
-- `archive reindex` computes them and empties the table; until then acronym, amount and Arabic
-- searches miss what those articles hold.
CREATE TABLE IF NOT EXISTS search_forms_stale (
    article_id INTEGER PRIMARY KEY
);
CREATE TRIGGER IF NOT EXISTS search_forms_stale_ai AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM ingest_batch) BEGIN
    INSERT OR IGNORE INTO search_forms_stale (article_id) VALUES (new.id);
END;
CREATE TRIGGER IF NOT EXISTS search_forms_stale_au AFTER UPDATE OF title, body ON articles WHEN NOT EXISTS (SELECT 1 FROM ingest_batch) BEGIN
    INSERT OR IGNORE INTO search_forms_stale (article_id) VALUES (new.id);
END;

-- Readable joins for sqlite3 and Datasette users.
CREATE VIEW IF NOT EXISTS article_files AS
    SELECT files.path, files.status, files.size, files.encoding, files.seen_at,
           articles.id AS article_id, articles.title, articles.published, articles.source
    FROM files LEFT JOIN articles ON articles.id = files.article_id;

CREATE VIEW IF NOT EXISTS skipped_files AS
    SELECT path, reason, size, seen_at FROM files WHERE status = 'skipped';

-- People, organisations and places, one row per real-world name however it is spelled.
CREATE TABLE IF NOT EXISTS entities (
    id      INTEGER PRIMARY KEY,
    type    TEXT NOT NULL CHECK (type IN ('person', 'org', 'place')),
    name    TEXT NOT NULL,
    key     TEXT NOT NULL UNIQUE,   -- the resolution key: the same key is the same entity
    code      TEXT,                 -- ISO 3166 code of a place in the gazetteer
    country   TEXT,                 -- ISO 3166-1 alpha-2 of a place's country
    latitude  REAL,                 -- a place's point in WGS 84 degrees, from the gazetteer (NULL when it has none)
    longitude REAL,
    surname   TEXT
);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
-- surname: a person's last written word, folded (`kilroy silk` of `Robert Kilroy-Silk`), when the
-- name has two words or more; NULL otherwise. The merging pass looks a lone surname up by it to
-- find the people named in full with it anywhere in the archive (`EntityMerging`).
CREATE INDEX IF NOT EXISTS entities_surname ON entities(surname) WHERE surname IS NOT NULL;

-- Every spelling seen for an entity.
CREATE TABLE IF NOT EXISTS aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    folded    TEXT NOT NULL,        -- lowercase, no diacritics or punctuation: what a lookup by name compares
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_folded ON aliases(folded);

-- Where an article names an entity: offsets in Unicode scalars into articles.body, end exclusive.
-- The spelling is not stored: the offsets locate it in the body (view `mentions`).
CREATE TABLE IF NOT EXISTS mention_spans (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    PRIMARY KEY (article_id, start)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_entity ON mention_spans(entity_id, article_id);

-- Each mention with its spelling as the body has it (SQLite's substr counts characters, as the offsets do).
CREATE VIEW IF NOT EXISTS mentions AS
    SELECT m.article_id, m.entity_id, m.start, m."end", substr(a.body, m.start + 1, m."end" - m.start) AS text, m.sentence
    FROM mention_spans m JOIN articles a ON a.id = m.article_id;

CREATE VIEW IF NOT EXISTS article_entities AS
    SELECT m.article_id, a.title, e.type, e.name, substr(a.body, m.start + 1, m."end" - m.start) AS text, m.start, m."end", m.sentence
    FROM mention_spans m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id;

-- What people corrected: applied after every extraction, so corrections survive re-ingest and reindex.
-- merge: mentions spelled `subject` (folded) belong to the entity keyed `value`;
-- rename: the entity keyed `subject` is called `value`; delete: the entity keyed `subject` is not one.
CREATE TABLE IF NOT EXISTS corrections (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'delete')),
    subject    TEXT NOT NULL,
    value      TEXT,
    type       TEXT,
    created_at TEXT NOT NULL
);

-- Events coded from the articles, ACLED-style: one row per real event however many articles
-- report it. Actors and places are entities; names come from them, so corrections apply.
CREATE TABLE IF NOT EXISTS events (
    id             INTEGER PRIMARY KEY,
    event_date     TEXT,            -- ISO 8601 at its precision; NULL when the text gives none
    time_precision TEXT NOT NULL CHECK (time_precision IN ('day', 'month', 'year', 'unknown')),
    event_type     TEXT NOT NULL,   -- ACLED's labels
    sub_event_type TEXT NOT NULL,
    kind           TEXT,            -- ours, for Strategic developments/Other: statement, threat, claim, legislation, withdrawal
    actor1_id      INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    actor2_id      INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    claimed_by_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    country_code   TEXT,            -- ISO 3166-1 alpha-2
    country        TEXT,
    admin1_code    TEXT,            -- ISO 3166-2 first-level region
    admin1         TEXT,
    location_id    INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    fatalities     INTEGER,
    confidence     REAL,            -- the highest of its reports' (triggers below); NULL until reindexed when stored before version 5
    latitude       REAL,            -- WGS 84 degrees of the place, as ACLED gives them; NULL when the text names none
    longitude      REAL,
    geo_precision  INTEGER CHECK (geo_precision IN (1, 2, 3))
);
-- notes, the sentence of the first report, is not stored: `event_rows` reads it from the body.
-- geo_precision is ACLED's: 1 the town or village itself; 2 near it, or a part of a region (a
-- district) named without a town; 3 a region's or a country's centre.
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_sub_type ON events(sub_event_type, event_date);
-- Joining two entities rewrites the events that name the one that goes, and deleting it sets them
-- NULL: without these, every entity an ingest merges scans all the events.
CREATE INDEX IF NOT EXISTS events_actor1 ON events(actor1_id);
CREATE INDEX IF NOT EXISTS events_actor2 ON events(actor2_id);
CREATE INDEX IF NOT EXISTS events_claimed_by ON events(claimed_by_id);
CREATE INDEX IF NOT EXISTS events_location ON events(location_id);

-- Which article reports which event, and where: the evidence sentence's offsets in Unicode
-- scalars into articles.body (`substr(body, start + 1, "end" - start)` is the sentence).
CREATE TABLE IF NOT EXISTS event_reports (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    confidence REAL,                -- the event model's probability (0–1) that the sentence reports a real event of this type
    PRIMARY KEY (event_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_reports_article ON event_reports(article_id);

-- An event no article reports any more is gone with its last report.
CREATE TRIGGER IF NOT EXISTS event_reports_ad AFTER DELETE ON event_reports
WHEN NOT EXISTS (SELECT 1 FROM event_reports WHERE event_id = old.event_id) BEGIN
    DELETE FROM events WHERE id = old.event_id;
END;

-- An event is as sure as its surest report. Triggers keep it so whatever adds or removes a report
-- (ingest, reindex, an article's deletion cascading, another program): the writer alone would miss
-- the last two.
CREATE TRIGGER IF NOT EXISTS event_reports_confidence_ai AFTER INSERT ON event_reports BEGIN
    UPDATE events SET confidence = (SELECT max(confidence) FROM event_reports WHERE event_id = new.event_id) WHERE id = new.event_id;
END;
CREATE TRIGGER IF NOT EXISTS event_reports_confidence_au AFTER UPDATE OF event_id, confidence ON event_reports BEGIN
    UPDATE events SET confidence = (SELECT max(confidence) FROM event_reports WHERE event_id = events.id)
    WHERE id IN (old.event_id, new.event_id);
END;
CREATE TRIGGER IF NOT EXISTS event_reports_confidence_ad AFTER DELETE ON event_reports
WHEN EXISTS (SELECT 1 FROM event_reports WHERE event_id = old.event_id) BEGIN
    UPDATE events SET confidence = (SELECT max(confidence) FROM event_reports WHERE event_id = old.event_id) WHERE id = old.event_id;
END;

-- The export's columns, in ACLED's order with our additions (confidence, sources, articles).
CREATE VIEW IF NOT EXISTS event_rows AS
    SELECT e.id AS event_id, e.event_date, e.time_precision, e.event_type, e.sub_event_type, e.kind, round(e.confidence, 2) AS confidence,
           a1.name AS actor1, a2.name AS actor2, cb.name AS claimed_by, e.country, e.admin1, loc.name AS location,
           e.latitude, e.longitude, e.geo_precision, e.fatalities,
           (SELECT substr(a.body, r.start + 1, r."end" - r.start) FROM event_reports r JOIN articles a ON a.id = r.article_id
            WHERE r.event_id = e.id ORDER BY r.article_id LIMIT 1) AS notes,
           (SELECT group_concat(source, '; ') FROM (SELECT DISTINCT a.source FROM event_reports r JOIN articles a ON a.id = r.article_id
                                                 WHERE r.event_id = e.id AND a.source IS NOT NULL ORDER BY a.source)) AS sources,
           (SELECT group_concat(article_id, '; ') FROM (SELECT r.article_id FROM event_reports r WHERE r.event_id = e.id ORDER BY r.article_id)) AS articles
    FROM events e
    LEFT JOIN entities a1 ON a1.id = e.actor1_id
    LEFT JOIN entities a2 ON a2.id = e.actor2_id
    LEFT JOIN entities cb ON cb.id = e.claimed_by_id
    LEFT JOIN entities loc ON loc.id = e.location_id;
