/// Where a unit stands in the translation workflow, named as XLIFF 2.0 names it.
///
/// A PO entry maps as: untranslated or fuzzy -> `initial` (a fuzzy entry keeps its
/// target), translated -> `translated`. `reviewed` and `final` come back from CAT tools
/// and import as translated, since PO has no review states.
enum InterchangeState: String, Sendable, Hashable, CaseIterable, Comparable {
    case initial
    case translated
    case reviewed
    case final

    /// Workflow order: `initial < translated < reviewed < final`.
    static func < (lhs: InterchangeState, rhs: InterchangeState) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
