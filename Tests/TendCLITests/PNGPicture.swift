import CZlib
import Foundation

/// A PNG screenshot read into pixels, to look at what a browser drew: 8-bit RGB or RGBA, not
/// interlaced (what headless Chromium writes). Just enough PNG for that, on zlib's inflate.
struct PNGPicture {
    let width: Int
    let height: Int
    /// RGBA, row by row.
    private let pixels: [UInt8]

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    init(contentsOf path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard bytes.count > 8, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Unreadable(description: "not a PNG") }
        var offset = 8, width = 0, height = 0, channels = 0
        var compressed: [UInt8] = []
        func u32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while offset + 8 <= bytes.count {
            let length = u32(offset)
            let kind = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard body + length + 4 <= bytes.count else { throw Unreadable(description: "a chunk runs past the end") }
            switch kind {
            case "IHDR":
                width = u32(body)
                height = u32(body + 4)
                let depth = bytes[body + 8], colour = bytes[body + 9], interlace = bytes[body + 12]
                guard depth == 8, interlace == 0, colour == 2 || colour == 6 else {
                    throw Unreadable(description: "depth \(depth), colour type \(colour), interlace \(interlace)")
                }
                channels = colour == 6 ? 4 : 3
            case "IDAT":
                compressed += bytes[body..<body + length]
            default:
                break
            }
            offset = body + length + 4
        }
        let rowBytes = width * channels
        var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        var destinationLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &destinationLength, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(destinationLength) == raw.count else { throw Unreadable(description: "inflate failed: \(status)") }
        // Undo each row's filter (PNG's five: none, sub, up, average, Paeth).
        var image = [UInt8](repeating: 0, count: rowBytes * height)
        for row in 0..<height {
            let filter = raw[row * (rowBytes + 1)]
            for column in 0..<rowBytes {
                let x = raw[row * (rowBytes + 1) + 1 + column]
                let a = column >= channels ? Int(image[row * rowBytes + column - channels]) : 0
                let b = row > 0 ? Int(image[(row - 1) * rowBytes + column]) : 0
                let c = row > 0 && column >= channels ? Int(image[(row - 1) * rowBytes + column - channels]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = a
                case 2: predicted = b
                case 3: predicted = (a + b) / 2
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                default: throw Unreadable(description: "filter \(filter)")
                }
                image[row * rowBytes + column] = UInt8((Int(x) + predicted) & 0xFF)
            }
        }
        self.width = width
        self.height = height
        if channels == 4 {
            pixels = image
        } else {
            var rgba = [UInt8]()
            rgba.reserveCapacity(width * height * 4)
            for index in stride(from: 0, to: image.count, by: 3) { rgba += [image[index], image[index + 1], image[index + 2], 255] }
            pixels = rgba
        }
    }

    /// How many pixels are within `tolerance` of the colour on each channel.
    func count(red: UInt8, green: UInt8, blue: UInt8, tolerance: Int = 12) -> Int {
        var found = 0
        for index in stride(from: 0, to: pixels.count, by: 4)
        where abs(Int(pixels[index]) - Int(red)) <= tolerance && abs(Int(pixels[index + 1]) - Int(green)) <= tolerance
            && abs(Int(pixels[index + 2]) - Int(blue)) <= tolerance {
            found += 1
        }
        return found
    }

    /// The rows that hold any pixel darker than the page (text, bars): where something was drawn.
    func rowsWithInk() -> Int {
        (0..<height).filter { row in
            (0..<width).contains { column in
                let index = (row * width + column) * 4
                return Int(pixels[index]) + Int(pixels[index + 1]) + Int(pixels[index + 2]) < 600
            }
        }.count
    }
}
