// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tend",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tend", targets: ["tend"]),
        .executable(name: "tend-bench", targets: ["tend-bench"]),
        .library(name: "TendCore", targets: ["TendCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // SHA-256 of evidence files (already in the graph through postgres-nio).
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    ],
    targets: [
        // The only places C is imported: ncursesw (terminal, wcwidth) and zlib (CRC-32 for the store).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Customer text made safe to show or write (control characters made visible). No dependencies.
        .target(name: "TendText"),
        // The complaint domain: tickets, workflow, policy, store. No terminal code.
        .target(name: "TendCore", dependencies: ["CZlib", "TOMLKit", "TendText", .product(name: "Crypto", package: "swift-crypto")]),
        // The terminal: display width, screen buffer, tables, ncurses. Knows nothing of the domain.
        .target(name: "TendTerminal", dependencies: ["CNcursesw", "TendText"]),
        // The full-screen console: state, keymap, panes, run loop.
        .target(name: "TendConsole", dependencies: ["TendCore", "TendTerminal", "TOMLKit"]),
        // A team desk's shared store: connecting to PostgreSQL, synchronous queries with timeouts, LISTEN.
        .target(name: "TendPostgres", dependencies: ["TendCore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // A throwaway PostgreSQL cluster for tests; a target (not a product) so every test target can start one.
        .target(name: "TendPostgresTesting", dependencies: ["TendPostgres"]),
        .executableTarget(
            name: "tend",
            dependencies: [
                "TendCore", "TendTerminal", "TendConsole", "TendPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tend-bench", dependencies: ["TendCore", "TendTerminal", "TendConsole", "TendPostgres", "TendPostgresTesting"]),
        .testTarget(name: "TendCoreTests", dependencies: ["TendCore", "TendTerminal"], exclude: ["Samples"]),
        .testTarget(name: "TendConsoleTests", dependencies: ["TendConsole", "TendCore", "TendTerminal"], exclude: ["__snapshots__"]),
        .testTarget(name: "TendCLITests", dependencies: ["tend", "TendCore", "TendPostgres", "TendPostgresTesting", "CZlib"]),
        .testTarget(name: "TendPostgresTests", dependencies: ["TendPostgres", "TendPostgresTesting", "TendCore"]),
    ],
    swiftLanguageModes: [.v6]
)
