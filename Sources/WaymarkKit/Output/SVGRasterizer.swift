import CRSVG
import Foundation

/// Draws SVG assets as PNG through librsvg and cairo, for `profile: tor`: Tor Browser's
/// "Safest" level turns SVG off (`svg.disabled`), so onion pages show PNGs instead.
/// It runs on the SVG bytes the pipeline publishes (after sanitising and metadata
/// stripping), with no base URI, so the SVG cannot pull in other files.
enum SVGRasterizer {
    /// One SVG drawn at its own size and at twice that size.
    struct Output: Sendable {
        var png: Data
        var doublePNG: Data
        var width: Int
        var height: Int
    }

    /// Replaces each SVG asset by PNGs at 1x and 2x (tor: Tor Browser's Safest level shows no SVG).
    /// An SVG librsvg cannot draw is kept, so the page still has its alt text.
    static func rasterizingSVGs(_ assets: [OutputFile]) -> ([OutputFile], [String: RasterizedImage]) {
        var output: [OutputFile] = []
        var images: [String: RasterizedImage] = [:]
        for asset in assets {
            guard asset.path.lowercased().hasSuffix(".svg"), let drawn = rasterize(asset.contents) else {
                output.append(asset)
                continue
            }
            let stem = String(asset.path.dropLast(4))
            let image = RasterizedImage(file: stem + ".png", doubleFile: stem + "@2x.png", width: drawn.width, height: drawn.height)
            output.append(OutputFile(path: image.file, contents: drawn.png))
            output.append(OutputFile(path: image.doubleFile, contents: drawn.doublePNG))
            images[asset.path] = image
        }
        return (output, images)
    }

    /// The PNGs for `svg`, or nil when librsvg cannot read it. PNG metadata is stripped.
    static func rasterize(_ svg: Data) -> Output? {
        let handle: UnsafeMutablePointer<RsvgHandle>? = svg.withUnsafeBytes { buffer in
            guard let base = buffer.bindMemory(to: UInt8.self).baseAddress else { return nil }
            return rsvg_handle_new_from_data(base, gsize(buffer.count), nil)
        }
        guard let handle else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        let (width, height) = size(of: handle)
        guard width > 0, height > 0, width <= 4096, height <= 4096,
              let png = draw(handle, width: width, height: height, scale: 1),
              let doublePNG = draw(handle, width: width, height: height, scale: 2) else { return nil }
        return Output(png: AssetMetadataStripper.stripPNG(png) ?? png,
                      doublePNG: AssetMetadataStripper.stripPNG(doublePNG) ?? doublePNG, width: width, height: height)
    }

    /// The SVG's size in CSS pixels: its `width`/`height`, else its viewBox, else 300x150.
    private static func size(of handle: UnsafeMutablePointer<RsvgHandle>) -> (Int, Int) {
        var width = 0.0, height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0, width > 0, height > 0 {
            return (Int(width.rounded(.up)), Int(height.rounded(.up)))
        }
        var hasWidth: gboolean = 0, hasHeight: gboolean = 0, hasViewBox: gboolean = 0
        var w = RsvgLength(), h = RsvgLength(), viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(handle, &hasWidth, &w, &hasHeight, &h, &hasViewBox, &viewBox)
        if hasViewBox != 0, viewBox.width > 0, viewBox.height > 0 {
            return (Int(viewBox.width.rounded(.up)), Int(viewBox.height.rounded(.up)))
        }
        return (300, 150)
    }

    private static func draw(_ handle: UnsafeMutablePointer<RsvgHandle>, width: Int, height: Int, scale: Int) -> Data? {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width * scale), Int32(height * scale)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return nil }
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width * scale), height: Double(height * scale))
        var error: UnsafeMutablePointer<GError>?
        let drawn = rsvg_handle_render_document(handle, context, &viewport, &error)
        cairo_destroy(context)
        if let error { g_error_free(error) }
        guard drawn != 0 else { return nil }
        cairo_surface_flush(surface)
        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(data, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        return status == CAIRO_STATUS_SUCCESS ? sink.data : nil
    }

    private final class PNGSink {
        var data = Data()
    }
}
