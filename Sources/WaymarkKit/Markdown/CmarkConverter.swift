import CCmarkGFM

/// Converts a cmark-gfm C tree into a `MarkdownNode` value tree.
///
/// The walk is iterative (an explicit stack), so deeply nested input such as a
/// thousand block quotes cannot overflow a small thread stack here.
struct CmarkConverter {
    /// The parsed source, used to recover footnote labels cmark keeps private.
    let source: String

    /// Nodes nested deeper than this are dropped: value trees are compared,
    /// rendered and freed recursively, and absurd nesting (tens of thousands of
    /// `>`) would exhaust a thread's stack. Real pages nest a handful of levels.
    static let maximumDepth = 1200

    /// Converts `document` and everything below it.
    func convert(_ document: OpaquePointer) -> MarkdownNode {
        let footnotes = CmarkFootnotes(document: document, source: source)
        var stack = [makeNode(document, footnotes)]
        stack[0].children.reserveCapacity(Self.childCount(document))
        var cursor = cmark_node_first_child(document)
        walk: while let node = cursor {
            stack.append(makeNode(node, footnotes))
            if stack.count < Self.maximumDepth, let first = cmark_node_first_child(node) {
                // Exact capacity: appending one by one doubles the buffer, and the
                // slack stayed allocated in every loaded page's tree (issue 10).
                stack[stack.count - 1].children.reserveCapacity(Self.childCount(node))
                cursor = first
                continue
            }
            var finished = node
            while true {
                let value = stack.removeLast()
                stack[stack.count - 1].children.append(value)
                if let next = cmark_node_next(finished) {
                    cursor = next
                    continue walk
                }
                guard let parent = cmark_node_parent(finished), parent != document else { break walk }
                finished = parent
            }
        }
        return stack[0]
    }

    /// How many children cmark gives `node`.
    private static func childCount(_ node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    /// One node without its children.
    private func makeNode(_ node: OpaquePointer, _ footnotes: CmarkFootnotes) -> MarkdownNode {
        let range = SourceRange(
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node))
        )
        return MarkdownNode(kind(of: node, range: range, footnotes), range: range)
    }

    private func kind(
        of node: OpaquePointer, range: SourceRange, _ footnotes: CmarkFootnotes
    ) -> MarkdownNode.Kind {
        var literal: String { Self.string(cmark_node_get_literal(node)) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return listKind(node)
        case CMARK_NODE_ITEM:
            let isTask = Self.string(cmark_node_get_type_string(node)) == "tasklist"
            return .item(taskChecked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil)
        case CMARK_NODE_CODE_BLOCK:
            var length: Int32 = 0, offset: Int32 = 0
            var character: CChar = 0
            let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            return .codeBlock(info: Self.string(cmark_node_get_fence_info(node)), literal: literal, fenced: fenced)
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal)
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING:
            // An ATX heading is one line; a setext heading spans its text and underline.
            return .heading(level: Int(cmark_node_get_heading_level(node)), setext: range.endLine > range.startLine)
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition(label: footnotes.label(ofDefinition: node))
        case CMARK_NODE_TEXT: return .text(literal)
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal)
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal)
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let index = Int(literal) ?? 0
            return .footnoteReference(
                label: footnotes.label(forIndex: index, reference: range),
                index: index,
                occurrence: footnotes.occurrence(of: range))
        default: return extensionKind(node)
        }
    }

    /// Nodes created by syntax extensions have dynamic type ids; they are told
    /// apart by their type string.
    private func extensionKind(_ node: OpaquePointer) -> MarkdownNode.Kind {
        switch Self.string(cmark_node_get_type_string(node)) {
        case "table":
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            let raw = cmark_gfm_extensions_get_table_alignments(node)
            let alignments: [MarkdownNode.TableAlignment] = (0..<columns).map { column in
                switch raw.map({ $0[column] }) {
                case UInt8(ascii: "l"): .left
                case UInt8(ascii: "c"): .center
                case UInt8(ascii: "r"): .right
                default: .none
                }
            }
            return .table(alignments: alignments)
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .text(Self.string(cmark_node_get_literal(node)))
        }
    }

    private func listKind(_ node: OpaquePointer) -> MarkdownNode.Kind {
        let type: MarkdownNode.ListType = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? .ordered : .bullet
        let delimiter: MarkdownNode.ListDelimiter = switch cmark_node_get_list_delim(node) {
        case CMARK_PERIOD_DELIM: .period
        case CMARK_PAREN_DELIM: .paren
        default: .none
        }
        return .list(type: type, start: Int(cmark_node_get_list_start(node)),
                     delimiter: delimiter, tight: cmark_node_get_list_tight(node) != 0)
    }

    /// A C string from cmark as a Swift string ("" for NULL).
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
