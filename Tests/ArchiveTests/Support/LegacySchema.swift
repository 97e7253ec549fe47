@testable import Archive

/// Turns an archive of the current schema back into the layout of an older version, so the
/// migrations can be tested on the files older versions wrote.
enum LegacySchema {
    /// Version 5 did not record the outlet `--source` gave a file.
    static func downgradeToVersion5(_ connection: Connection) throws {
        try downgradeToVersion6(connection)
        try connection.execute(script: "ALTER TABLE files DROP COLUMN source; PRAGMA user_version = 5;")
    }

    /// Version 7 had no coordinates on events or entities.
    /// Version 9 had no surnames on entities.
    static func downgradeToVersion9(_ connection: Connection) throws {
        try connection.execute(script: """
            DROP INDEX entities_surname; ALTER TABLE entities DROP COLUMN surname;
            PRAGMA user_version = 9;
            """)
    }

    /// Version 8 had no indexes on the events' entity columns.
    static func downgradeToVersion8(_ connection: Connection) throws {
        try downgradeToVersion9(connection)
        try connection.execute(script: """
            DROP INDEX events_actor1; DROP INDEX events_actor2; DROP INDEX events_claimed_by; DROP INDEX events_location;
            PRAGMA user_version = 8;
            """)
    }

    static func downgradeToVersion7(_ connection: Connection) throws {
        try downgradeToVersion8(connection)
        try connection.execute(script: """
            DROP VIEW event_rows;
            ALTER TABLE events DROP COLUMN latitude; ALTER TABLE events DROP COLUMN longitude; ALTER TABLE events DROP COLUMN geo_precision;
            ALTER TABLE entities DROP COLUMN latitude; ALTER TABLE entities DROP COLUMN longitude;
            CREATE VIEW event_rows AS
                SELECT e.id AS event_id, e.event_date, e.time_precision, e.event_type, e.sub_event_type, e.kind, round(e.confidence, 2) AS confidence,
                       a1.name AS actor1, a2.name AS actor2, cb.name AS claimed_by, e.country, e.admin1, loc.name AS location,
                       e.fatalities,
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
            PRAGMA user_version = 7;
            """)
    }

    /// Version 6 had no search forms: articles_fts indexed title and body alone.
    static func downgradeToVersion6(_ connection: Connection) throws {
        try downgradeToVersion7(connection)
        try connection.execute(script: """
            DROP TRIGGER articles_ai; DROP TRIGGER articles_ad; DROP TRIGGER articles_au;
            DROP TRIGGER search_forms_stale_ai; DROP TRIGGER search_forms_stale_au; DROP TABLE search_forms_stale;
            DROP TABLE articles_fts;
            ALTER TABLE articles DROP COLUMN title_forms;
            ALTER TABLE articles DROP COLUMN body_forms;
            CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content="articles", content_rowid="id",
                                                         tokenize="porter unicode61 remove_diacritics 2");
            INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
            CREATE TRIGGER articles_ai AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM ingest_batch) BEGIN
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
            END;
            CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            PRAGMA user_version = 6;
            """)
    }

    /// Version 4 had no confidence on events or their reports, and the articles' extractor version
    /// was the current one.
    static func downgradeToVersion4(_ connection: Connection) throws {
        try downgradeToVersion5(connection)
        try connection.execute(script: """
            DROP VIEW event_rows;
            DROP TRIGGER event_reports_confidence_ai; DROP TRIGGER event_reports_confidence_au; DROP TRIGGER event_reports_confidence_ad;
            ALTER TABLE events DROP COLUMN confidence;
            ALTER TABLE event_reports DROP COLUMN confidence;
            CREATE VIEW event_rows AS
                SELECT e.id AS event_id, e.event_date, e.time_precision, e.event_type, e.sub_event_type, e.kind,
                       a1.name AS actor1, a2.name AS actor2, cb.name AS claimed_by, e.country, e.admin1, loc.name AS location,
                       e.fatalities,
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
            PRAGMA user_version = 4;
            """)
    }

    /// Version 3's band indexes held the band alone, so each candidate's hash came from its row;
    /// it had no list of the search index's terms, and its insert trigger always indexed.
    static func downgradeToVersion3(_ connection: Connection) throws {
        try downgradeToVersion4(connection)
        try connection.execute(script: """
            DROP INDEX articles_band0; DROP INDEX articles_band1; DROP INDEX articles_band2; DROP INDEX articles_band3;
            CREATE INDEX articles_band0 ON articles(simhash & 65535);
            CREATE INDEX articles_band1 ON articles((simhash >> 16) & 65535);
            CREATE INDEX articles_band2 ON articles((simhash >> 32) & 65535);
            CREATE INDEX articles_band3 ON articles((simhash >> 48) & 65535);
            DROP TABLE search_terms; DROP TRIGGER search_terms_stale_ai; DROP TRIGGER search_terms_stale_au;
            DROP TABLE search_terms_stale;
            DROP TRIGGER articles_ai; DROP TABLE ingest_batch;
            CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            PRAGMA user_version = 3;
            """)
    }

    /// Version 2 stored each mention's spelling and each event's notes as text of their own, and
    /// the SimHash bands in a table.
    static func downgradeToVersion2(_ connection: Connection) throws {
        try downgradeToVersion4(connection)
        try connection.execute(script: """
            DROP VIEW mentions; DROP VIEW article_entities; DROP VIEW event_rows;
            CREATE TABLE mentions (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                start      INTEGER NOT NULL,
                "end"      INTEGER NOT NULL,
                text       TEXT NOT NULL,
                sentence   INTEGER NOT NULL,
                PRIMARY KEY (article_id, start)
            ) WITHOUT ROWID;
            INSERT INTO mentions SELECT m.article_id, m.entity_id, m.start, m."end", substr(a.body, m.start + 1, m."end" - m.start), m.sentence
                FROM mention_spans m JOIN articles a ON a.id = m.article_id;
            DROP TABLE mention_spans;
            CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
            CREATE VIEW article_entities AS
                SELECT m.article_id, a.title, e.type, e.name, m.text, m.start, m."end", m.sentence
                FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id;
            ALTER TABLE events ADD COLUMN notes TEXT NOT NULL DEFAULT '';
            UPDATE events SET notes = (SELECT substr(a.body, r.start + 1, r."end" - r.start) FROM event_reports r
                JOIN articles a ON a.id = r.article_id WHERE r.event_id = events.id ORDER BY r.article_id LIMIT 1);
            CREATE VIEW event_rows AS SELECT e.id AS event_id, e.notes FROM events e;
            DROP VIEW simhash_bands; DROP INDEX articles_band0; DROP INDEX articles_band1; DROP INDEX articles_band2; DROP INDEX articles_band3;
            CREATE TABLE simhash_bands (
                band       INTEGER NOT NULL,
                key        INTEGER NOT NULL,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                PRIMARY KEY (band, key, article_id)
            ) WITHOUT ROWID;
            CREATE INDEX simhash_bands_article ON simhash_bands(article_id);
            INSERT INTO simhash_bands SELECT 0, simhash & 65535, id FROM articles UNION ALL SELECT 1, (simhash >> 16) & 65535, id FROM articles
                UNION ALL SELECT 2, (simhash >> 32) & 65535, id FROM articles UNION ALL SELECT 3, (simhash >> 48) & 65535, id FROM articles;
            PRAGMA user_version = 2;
            """)
    }
}
