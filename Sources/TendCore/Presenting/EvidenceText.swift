import Foundation

/// How an item of evidence reads in the ticket pane, `tend show`, the timeline and a case report.
public enum EvidenceText {
    /// "photo ear.jpg · 2.4 MB · SHA-256 9f2c…e01a — before the trim", or "CCTV clip ref CAM2-0412 — …".
    public static func line(_ item: Evidence, _ lang: Language, fullChecksum: Bool = false) -> String {
        var parts = [item.kind.name(lang)]
        if let file = item.file {
            let sum = fullChecksum ? file.sha256 : String(file.sha256.prefix(12)) + "…"
            parts.append("\(file.originalName) · \(Evidence.sizeText(file.size)) · SHA-256 \(sum)")
        }
        if !item.reference.isEmpty { parts.append(lang.pick("ref ", "编号 ") + item.reference) }
        return parts.joined(separator: " ") + (item.note.isEmpty ? "" : " — " + item.note)
    }
}
