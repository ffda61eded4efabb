import ArgumentParser
import WaymarkKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, default severity and summary.")

    @Flag(name: .long, help: "Also print each rule's examples.")
    var examples = false

    @Flag(name: .long, help: "Print the rule reference as Markdown (docs/rules.md).")
    var markdown = false

    func run() {
        if markdown {
            print(RuleDocumentation.markdown(), terminator: "")
            return
        }
        for rule in RuleRegistry.descriptions {
            print("\(rule.id) (\(rule.defaultSeverity.rawValue), \(rule.category.rawValue))")
            print("    \(rule.summary)")
            guard examples else { continue }
            for example in rule.triggeringExamples {
                print("    triggers:")
                for (path, text) in example.files.sorted(by: { $0.key < $1.key }) { print(indent(path, text)) }
            }
            for example in rule.nonTriggeringExamples {
                print("    passes:")
                for (path, text) in example.files.sorted(by: { $0.key < $1.key }) { print(indent(path, text)) }
            }
        }
    }

    private func indent(_ path: String, _ text: String) -> String {
        "      \(path):\n" + RuleDocumentation.displayable(text).split(separator: "\n", omittingEmptySubsequences: false).map { "        | \($0)" }.joined(separator: "\n")
    }
}
