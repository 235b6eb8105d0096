// The libFuzzer entry point: `scripts/fuzz` compiles this file with every
// file of Sources/ReflectionCore into one binary (not a SwiftPM target, so
// `swift build` and `swift test` never see libFuzzer's flags).
//
// With FUZZ_TARGET=NAME set (as the script runs it), the whole input is that
// target's payload, so a corpus file is a plain entry file, JSON text, date or
// command line. Without it, the first byte selects the target (modulo the
// number of targets, in the order of `FuzzTarget.allCases`).

#if canImport(Glibc)
import Glibc
#endif

/// The target FUZZ_TARGET names, if it is set.
let forcedTarget: FuzzTarget? = {
    guard let name = getenv("FUZZ_TARGET").map({ String(cString: $0) }), !name.isEmpty else { return nil }
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        fatalError("FUZZ_TARGET=\(name) is not a target (\(names))")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let selected: (FuzzTarget, [UInt8])?
    if let forcedTarget { selected = (forcedTarget, input) } else { selected = FuzzTarget.select(input) }
    guard let (target, payload) = selected else { return 0 }
    do {
        try target.check(payload)
    } catch {
        fatalError("fuzz target \(target.rawValue): \(error)")
    }
    return 0
}
