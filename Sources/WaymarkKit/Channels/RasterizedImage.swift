/// An SVG asset drawn as PNG at build time (tor: Tor Browser's Safest level blocks SVG).
public struct RasterizedImage: Sendable, Hashable {
    /// Path of the 1x PNG relative to `_assets/` (`road-sign.png`).
    public var file: String
    /// Path of the 2x PNG relative to `_assets/` (`road-sign@2x.png`).
    public var doubleFile: String
    /// Size in CSS pixels: the SVG's own width and height (or its viewBox).
    public var width: Int
    public var height: Int

    public init(file: String, doubleFile: String, width: Int, height: Int) {
        self.file = file
        self.doubleFile = doubleFile
        self.width = width
        self.height = height
    }
}
