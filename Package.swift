// swift-tools-version: 6.2
// smartcity: scores Indonesian city units (OPD) on SPBE, smart-city dimensions and
// online-service readiness, from indicator catalogs and policies kept as data.
// No package dependencies: the users asked for the Swift toolchain only.
import PackageDescription

let package = Package(
    name: "smartcity",
    products: [
        .library(name: "SmartCityKit", targets: ["SmartCityKit"]),
        .executable(name: "smartcity", targets: ["smartcity"]),
    ],
    targets: [
        .target(name: "SmartCityKit"),
        .target(name: "SmartCityCLI", dependencies: ["SmartCityKit"]),
        .executableTarget(name: "smartcity", dependencies: ["SmartCityCLI"]),
        .testTarget(
            name: "SmartCityKitTests",
            dependencies: ["SmartCityKit"],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "SmartCityCLITests",
            dependencies: ["SmartCityCLI", "SmartCityKit"]
        ),
    ]
)
