/// How each table and view is shown: what names a row (`label_column`, so a foreign key reads as
/// a title or a name), the default order and facets, and which tables are the archive's internals.
extension DatasetteSetup {
    static var tables: [String: Any] {
        [
            "articles": [
                "description": "One row per story. Search with the box above (FTS5: words, \"phrases\", OR, prefix*).",
                "label_column": "title",
                "sort_desc": "published",
                "facets": ["source", "date_precision"],
            ] as [String: Any],
            "event_rows": [
                "description": "Events as `archive export events` lists them, with their place (latitude, longitude, ACLED's geo_precision).",
                "sort_desc": "event_date",
                "facets": ["event_type", "country", "sub_event_type", "sources"],
            ] as [String: Any],
            "events": [
                "description": "Events coded ACLED-style; actors and location are entities. The event_rows view reads them with names and notes.",
                "sort_desc": "event_date",
                "facets": ["event_type", "country", "sub_event_type"],
            ] as [String: Any],
            "entities": [
                "description": "People, organisations and places, one row however spelled (spellings in aliases).",
                "label_column": "name",
                "sort": "name",
                "facets": ["type", "country"],
            ] as [String: Any],
            "article_entities": [
                "description": "Each mention with the article's title and the entity's name.",
                "facets": ["type", "name"],
            ] as [String: Any],
            "aliases": ["sort": "alias", "facets": ["entity_id"]] as [String: Any],
            "files": [
                "description": "The ingest ledger: every file seen, with what became of it.",
                "label_column": "path",
                "facets": ["status", "source", "encoding"],
            ] as [String: Any],
            "skipped_files": ["facets": ["reason"]] as [String: Any],
            "ingest_runs": ["sort_desc": "started_at"] as [String: Any],
            "search_terms": ["hidden": true],
            "search_terms_stale": ["hidden": true],
            "search_forms_stale": ["hidden": true],
            "ingest_batch": ["hidden": true],
            "simhash_bands": ["hidden": true],
            "mention_spans": ["hidden": true],
            "event_reports": ["hidden": true],
            "corrections": ["sort_desc": "created_at"] as [String: Any],
        ]
    }
}
