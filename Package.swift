// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "reflect",
    products: [
        .executable(name: "reflect", targets: ["reflect"]),
        .library(name: "ReflectionCore", targets: ["ReflectionCore"]),
    ],
    targets: [
        .target(name: "ReflectionCore"),
        .executableTarget(name: "reflect", dependencies: ["ReflectionCore"]),
        .testTarget(name: "ReflectionCoreTests", dependencies: ["ReflectionCore", "reflect"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
