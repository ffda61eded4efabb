import Foundation
@testable import WaymarkKit

/// The rendering definitions as they were before the byte-level fast paths
/// (`RenderFastPathTests` compares against them). Copied from the sources they
/// replaced; do not "improve" them.
enum RenderReference {
    // MARK: HTMLWriter.text, byte by byte through ControlByteFilter

    static func escapedText(_ value: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        func appendText(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            default: bytes.append(byte)
            }
        }
        var filter = ControlByteFilter()
        for byte in value { filter.feed(byte) { appendText($0) } }
        filter.finish { appendText($0) }
        return bytes
    }

    // MARK: HTMLNode.render with String concatenation

    static func render(_ node: HTMLNode) -> String {
        var output = ""
        write(node, to: &output)
        return output
    }

    private static func write(_ node: HTMLNode, to output: inout String) {
        switch node.kind {
        case .doctype:
            output += "<!DOCTYPE html>\n"
        case .text(let string):
            output += HTMLEscaping.escape(string)
        case .trusted(let html):
            output += html
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes {
                output += " " + attribute.name
                guard let value = attribute.value else { continue }
                let escaped = HTMLEscaping.urlAttributes.contains(attribute.name) ? HTMLEscaping.escapeURL(value) : HTMLEscaping.escape(value)
                output += "=\"" + escaped + "\""
            }
            output += ">"
            if HTMLNode.voidElements.contains(name) {
                if HTMLNode.lineBreakingElements.contains(name) { output += "\n" }
                return
            }
            for child in children { write(child, to: &output) }
            output += "</" + name + ">"
            if HTMLNode.lineBreakingElements.contains(name) { output += "\n" }
        }
    }

    // MARK: JSONValue.serialized with String concatenation

    static func serialized(_ value: JSONValue) -> String {
        var output = ""
        write(value, to: &output, indent: "")
        return output + "\n"
    }

    private static func write(_ value: JSONValue, to output: inout String, indent: String) {
        switch value {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? value.description : "null"
        case .string(let value): writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (offset, value) in values.enumerated() {
                output += indent + "  "
                write(value, to: &output, indent: indent + "  ")
                output += offset + 1 < values.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            let keys = members.keys.sorted()
            for (offset, key) in keys.enumerated() {
                output += indent + "  "
                writeString(key, to: &output)
                output += ": "
                if let member = members[key] { write(member, to: &output, indent: indent + "  ") }
                output += offset + 1 < keys.count ? ",\n" : "\n"
            }
            output += indent + "}"
        }
    }

    private static func writeString(_ string: String, to output: inout String) {
        output += "\""
        let utf8 = string.utf8
        var runStart = utf8.startIndex
        while let special = utf8[runStart...].firstIndex(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) {
            output += string[runStart..<special]
            runStart = utf8.index(after: special)
            switch utf8[special] {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x0A: output += "\\n"
            case 0x09: output += "\\t"
            case 0xC2:
                guard runStart < utf8.endIndex else { break }
                let next = utf8.index(after: runStart)
                if !(0x80...0x9F).contains(utf8[runStart]) { output += string[special..<next] }
                runStart = next
            default:
                break
            }
        }
        output += string[runStart...]
        output += "\""
    }

    // MARK: JSONBlocks as a JSONValue tree

    static func blocks(_ document: MarkdownNode, fallbackLeaves: Set<Int>, sourceLocale: String, headingIDs: [Int: String]) -> [JSONValue] {
        var leaf = 0
        let context = (fallbackLeaves, sourceLocale, headingIDs)
        return document.children.filter(isPublished).map { value(of: $0, leaf: &leaf, depth: 1, context) }
    }

    private static func isPublished(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .htmlBlock, .htmlInline: false
        default: true
        }
    }

    private static func value(of node: MarkdownNode, leaf: inout Int, depth: Int, _ context: (Set<Int>, String, [Int: String])) -> JSONValue {
        let (fallbackLeaves, sourceLocale, headingIDs) = context
        if depth >= JSONBlocks.maximumDepth, !node.children.isEmpty { return flattened(node, leaf: &leaf, context) }
        var object = fields(of: node.kind)
        if case .image = node.kind { object["alt"] = .string(node.plainText) }
        if node.kind.isLeafBlock {
            if let id = headingIDs[leaf] { object["id"] = .string(id) }
            if fallbackLeaves.contains(leaf) {
                object["fallback"] = .bool(true)
                object["lang"] = .string(sourceLocale)
            }
            leaf += 1
        }
        if !node.children.isEmpty || hasChildren(node.kind) {
            object["children"] = .array(node.children.filter(isPublished).map { value(of: $0, leaf: &leaf, depth: depth + 1, context) })
        }
        return .object(object)
    }

    private static func publishable(_ url: String) -> String {
        URLSafety.isPublishable(url) ? url : ""
    }

    private static func flattened(_ node: MarkdownNode, leaf: inout Int, _ context: (Set<Int>, String, [Int: String])) -> JSONValue {
        let text: JSONValue = .object(["type": "text", "text": .string(node.plainText)])
        guard node.kind.isBlock else { return text }
        var leaves = 0
        node.forEachBlock { if $0.kind.isLeafBlock { leaves += 1 } }
        var paragraph: [String: JSONValue] = ["type": "paragraph", "children": .array([text])]
        if (leaf..<leaf + leaves).contains(where: context.0.contains) {
            paragraph["fallback"] = .bool(true)
            paragraph["lang"] = .string(context.1)
        }
        leaf += leaves
        return .object(paragraph)
    }

    private static func hasChildren(_ kind: MarkdownNode.Kind) -> Bool {
        switch kind {
        case .text, .code, .codeBlock, .htmlBlock, .htmlInline, .softBreak, .lineBreak, .thematicBreak, .footnoteReference: false
        default: true
        }
    }

    private static func fields(of kind: MarkdownNode.Kind) -> [String: JSONValue] {
        switch kind {
        case .document: ["type": "document"]
        case .blockQuote: ["type": "blockquote"]
        case .list(let type, let start, _, let tight):
            ["type": "list", "ordered": .bool(type == .ordered), "start": .int(start), "tight": .bool(tight)]
        case .item(let checked): checked.map { ["type": "listItem", "checked": .bool($0)] } ?? ["type": "listItem"]
        case .codeBlock(let info, let literal, _):
            ["type": "codeBlock", "language": .optional(info.split(separator: " ").first.map(String.init)), "text": .string(literal)]
        case .htmlBlock(let html), .htmlInline(let html): ["type": "html", "text": .string(html)]
        case .paragraph: ["type": "paragraph"]
        case .heading(let level, _): ["type": "heading", "level": .int(level)]
        case .thematicBreak: ["type": "thematicBreak"]
        case .table(let alignments): ["type": "table", "alignments": .array(alignments.map { .string($0.rawValue) })]
        case .tableRow(let isHeader): ["type": "tableRow", "header": .bool(isHeader)]
        case .tableCell: ["type": "tableCell"]
        case .footnoteDefinition(let label): ["type": "footnoteDefinition", "label": .string(label)]
        case .text(let text): ["type": "text", "text": .string(text)]
        case .softBreak: ["type": "softBreak"]
        case .lineBreak: ["type": "lineBreak"]
        case .code(let code): ["type": "code", "text": .string(code)]
        case .emphasis: ["type": "emphasis"]
        case .strong: ["type": "strong"]
        case .strikethrough: ["type": "strikethrough"]
        case .link(let destination, let title):
            ["type": "link", "href": .string(publishable(destination)), "title": .optional(title.isEmpty ? nil : title)]
        case .image(let source, let title):
            ["type": "image", "src": .string(publishable(source)), "title": .optional(title.isEmpty ? nil : title)]
        case .footnoteReference(let label, _, _): ["type": "footnoteReference", "label": .string(label)]
        }
    }

    // MARK: PlaceholderExpander, copying every node

    static func expand(_ document: MarkdownNode, _ resolve: (String) -> String?) -> MarkdownNode {
        expandChildren(document, resolve, insideLink: false)
    }

    private static func expandChildren(_ node: MarkdownNode, _ resolve: (String) -> String?, insideLink: Bool) -> MarkdownNode {
        var node = node
        var inLink = insideLink
        if case .link = node.kind { inLink = true }
        if case .image = node.kind { inLink = true }
        node.children = node.children.flatMap { child -> [MarkdownNode] in
            guard case .text(let text) = child.kind, text.contains("{{") else {
                return [expandChildren(child, resolve, insideLink: inLink)]
            }
            return inLink ? [withText(child, Placeholder.expand(text, resolve))] : linkingPhones(child, text, resolve)
        }
        return node
    }

    private static func linkingPhones(_ node: MarkdownNode, _ text: String, _ resolve: (String) -> String?) -> [MarkdownNode] {
        let bytes = Array(text.utf8)
        var pieces: [MarkdownNode] = []
        var start = 0
        for placeholder in Placeholder.scan(text) where placeholder.name.hasSuffix(".phone") {
            guard let value = resolve(placeholder.name), let tel = PlaceholderExpander.telephoneURL(value) else { continue }
            var end = placeholder.utf8Offset + 2
            while !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            let before = String(decoding: bytes[start..<placeholder.utf8Offset], as: UTF8.self)
            if !before.isEmpty { pieces.append(withText(node, Placeholder.expand(before, resolve))) }
            pieces.append(MarkdownNode(.link(destination: tel, title: ""), children: [withText(node, value)], range: node.range))
            start = end + 2
        }
        guard !pieces.isEmpty else { return [withText(node, Placeholder.expand(text, resolve))] }
        let rest = String(decoding: bytes[start...], as: UTF8.self)
        if !rest.isEmpty { pieces.append(withText(node, Placeholder.expand(rest, resolve))) }
        return pieces
    }

    private static func withText(_ node: MarkdownNode, _ text: String) -> MarkdownNode {
        var copy = node
        copy.kind = .text(text)
        return copy
    }

    // MARK: The stack walks that copied contexts for every block

    static func forEachLeaf(_ document: MarkdownNode, _ body: (Int, MarkdownNode, MarkdownNode.LeafContext) -> Void) {
        var index = 0
        var stack: [(node: MarkdownNode, context: MarkdownNode.LeafContext)] = [(document, MarkdownNode.LeafContext(ancestors: [], path: [], nextSibling: nil))]
        while let (node, context) = stack.popLast() {
            guard node.kind.isBlock else { continue }
            if node.kind.isLeafBlock {
                body(index, node, context)
                index += 1
            }
            let ancestors = context.ancestors + [node]
            for offset in node.children.indices.reversed() {
                let next = offset + 1 < node.children.count ? node.children[offset + 1] : nil
                stack.append((node.children[offset], MarkdownNode.LeafContext(ancestors: ancestors, path: context.path + [offset], nextSibling: next)))
            }
        }
    }

    static func blocks(of document: MarkdownNode) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        var stack: [MarkdownNode] = [document]
        while let node = stack.popLast() {
            guard node.kind.isBlock else { continue }
            result.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    static func inlines(of document: MarkdownNode) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        var stack: [MarkdownNode] = document.children.reversed()
        while let node = stack.popLast() {
            if !node.kind.isBlock { result.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    // MARK: ChannelPath by Character

    static func resolve(_ relative: String, in directory: String) -> String? {
        var parts = directory.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    static func relative(from: String, to: String) -> String {
        let fromParts = ChannelPath.directory(of: from).split(separator: "/").map(String.init)
        let toParts = to.split(separator: "/").map(String.init)
        var common = 0
        while common < fromParts.count, common < toParts.count - 1, fromParts[common] == toParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromParts.count - common)
        return (ups + toParts[common...]).joined(separator: "/")
    }
}
