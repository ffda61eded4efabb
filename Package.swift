// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Waymark",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "WaymarkKit", targets: ["WaymarkKit"]),
        .executable(name: "waymark", targets: ["waymark"]),
        // libFuzzer driver for `make fuzz`; a plain build is a crasher replay tool.
        .executable(name: "waymark-fuzz", targets: ["waymark-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // cmark-gfm from Debian's libcmark-gfm-dev / libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libxml2 from Debian's libxml2-dev, for XLIFF with entity loading switched off.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // librsvg (with cairo) from Debian's librsvg2-dev, to draw SVG assets as PNG for tor.
        .systemLibrary(
            name: "CRSVG",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        .target(
            name: "WaymarkKit",
            dependencies: [
                "CCmarkGFM",
                "CLibXML2",
                "CRSVG",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "waymark",
            dependencies: [
                "WaymarkKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "waymark-fuzz",
            dependencies: ["WaymarkKit"]
        ),
        .testTarget(
            name: "WaymarkKitTests",
            // CLibXML2: the hostile-corpus tests parse every channel's HTML with libxml2's HTML parser.
            // FlyingSocks: the preview tests talk to the server over real loopback sockets.
            dependencies: ["WaymarkKit", "CLibXML2", .product(name: "FlyingSocks", package: "FlyingFox")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
