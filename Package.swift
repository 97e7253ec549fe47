// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "archive",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "archive", targets: ["archive-cli"]),
        .executable(name: "archive-eval", targets: ["archive-eval"]),
        .library(name: "Archive", targets: ["Archive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // SHA-256 of files and bodies, from the system's OpenSSL libcrypto.
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "zlib1g-dev"]), .brew(["libxml2"])]
        ),
        // On the FTS5 extension API: bm25 with a bounded cost per query (archive_rank.c) and the
        // articles' tokenizer called directly (archive_tokenizer.c) for the search_terms vocabulary.
        .target(name: "CArchiveFTS", dependencies: ["CSQLite"]),
        // The events' town table (scripts/make-admin1.py), 2.4 MB: as a C string it compiles at once.
        .target(name: "CGazetteer"),
        // The entity tagger's weights (scripts/train-entity-tagger.py), 1.5 MB as a C array.
        .target(name: "CEntityModel"),
        .target(
            name: "Archive",
            dependencies: [
                "CSQLite",
                "CArchiveFTS",
                "CGazetteer",
                "CEntityModel",
                "CLibXML2",
                "CLibCrypto",
            ],
            resources: [
                .embedInCode("../../schema.sql"),
                .embedInCode("Resources/outlets.tsv"),
                .embedInCode("Resources/places.tsv"),
                .embedInCode("Resources/firstnames.txt"),
                .embedInCode("Resources/entity-words.txt"),
                .embedInCode("Resources/event-triggers.txt"),
                .embedInCode("Resources/admin1.tsv"),
                .embedInCode("Resources/centres.tsv"),
                .embedInCode("Resources/region-names.tsv"),
                .embedInCode("Resources/town-words.txt"),
                .embedInCode("Resources/actor-countries.txt"),
                .embedInCode("Resources/event-gate.tsv"),
                .embedInCode("Resources/event-types.tsv"),
                .embedInCode("Resources/article-topic.tsv"),
                .embedInCode("Resources/outlines.tsv"),
            ]
        ),
        .executableTarget(
            name: "archive-cli",
            dependencies: [
                "Archive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Runs the extractor over files without a database, for scripts/eval-extraction.py.
        .executableTarget(name: "archive-eval", dependencies: ["Archive"]),
        // Ingest and search at 10k, 100k… articles against a bare sqlite3 + FTS5 floor: docs/performance.md.
        .executableTarget(name: "archive-bench", dependencies: ["Archive"]),
        .testTarget(
            name: "ArchiveTests",
            dependencies: ["Archive", "archive-cli", "CEntityModel"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
