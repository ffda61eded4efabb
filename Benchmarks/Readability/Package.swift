// swift-tools-version: 6.0
// Readability throughput benchmark; builds WaymarkKit from the repository root.
// Run with ./bench.sh (release build, then textstat side by side when available).
import PackageDescription

let package = Package(
    name: "ReadabilityBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Waymark", path: "../..")],
    targets: [
        .executableTarget(
            name: "ReadabilityBench",
            dependencies: [.product(name: "WaymarkKit", package: "Waymark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
