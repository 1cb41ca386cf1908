import Foundation
import TOMLKit

/// Reads the after-sales terms: a desk's own `terms.toml` when it has one, which replaces
/// Tend's shipped `terms/terms.toml` whole (a desk's terms are its business's, not added to the
/// sample's). A file with anything wrong is refused whole, naming file:line in both languages.
public enum TermsFile {
    public static let name = "terms.toml"

    /// Where the terms come from for this desk: its own file, else the shipped one; nil when
    /// neither is found.
    public static func path(storeDirectory: String?) -> String? {
        if let storeDirectory {
            let own = (storeDirectory as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: own) { return own }
        }
        return ShippedData.directory("terms", containing: name).map { ($0 as NSString).appendingPathComponent(name) }
    }

    public static func load(storeDirectory: String?) throws(TermsFileError) -> AfterSalesTerms {
        guard let path = path(storeDirectory: storeDirectory) else {
            let places = ShippedData.candidates("terms").joined(separator: ", ")
            throw TermsFileError(path: "terms/", line: 0, reason: Bilingual("the after-sales terms were not found (looked in \(places))",
                                                                             "找不到售后条款文件（查找过：\(places)）"))
        }
        let shipped = storeDirectory.map { path != ($0 as NSString).appendingPathComponent(name) } ?? true
        // A desk's own file is never read through a symbolic link; the shipped one may be one.
        return try reading(path) { try read(try TOMLDocument.load(path: path, what: "terms file", followingLinks: shipped)) }
    }

    public static func parse(_ source: String, path: String) throws(TermsFileError) -> AfterSalesTerms {
        try reading(path) { try read(try TOMLDocument(source: source, path: path)) }
    }

    /// Whatever reading the file throws, as a `TermsFileError` naming the file and line.
    private static func reading(_ path: String, _ body: () throws -> AfterSalesTerms) throws(TermsFileError) -> AfterSalesTerms {
        do {
            return try body()
        } catch let error as TermsFileError {
            throw error
        } catch let error as FileLineError {
            throw TermsFileError(error)
        } catch {
            throw TermsFileError(path: path, line: 0, reason: Bilingual("\(error)", "\(error)"))
        }
    }

    static let keys = ["id", "services", "kind", "window", "title_zh", "text_zh", "title_en", "text_en"]
    /// A title fits one line of a list; a text, a few sentences said to a customer.
    static let longestTitle = 60, longestText = 600, longestID = 12

    private static func read(_ document: TOMLDocument) throws(TermsFileError) -> AfterSalesTerms {
        let root = document.root
        func fail(_ section: TOMLSection, _ key: String?, _ en: String, _ zh: String) -> TermsFileError {
            let at = section.fail(key, en)
            return TermsFileError(path: at.path, line: at.line, reason: Bilingual(en, zh))
        }
        for key in root.table.keys where key != "clause" {
            throw fail(root, key, "unknown setting \"\(key)\"; a terms file holds [[clause]] tables",
                       "未知设置“\(key)”；条款文件只能包含 [[clause]] 表")
        }
        guard let value = root["clause"] else {
            throw fail(root, nil, "no [[clause]] in the file: a terms file holds one [[clause]] table per clause",
                       "文件中没有 [[clause]]：每条条款写一个 [[clause]] 表")
        }
        guard let entries = value.array else {
            throw fail(root, "clause", "clause must be written as [[clause]] tables", "clause 必须写成 [[clause]] 表")
        }
        var clauses: [TermsClause] = []
        var seen: [String: Int] = [:]
        for index in 0..<entries.count {
            let entry = TOMLSection(table: entries[index].table ?? TOMLTable(), name: "clause#\(index)", path: document.path, lines: document.lines)
            guard entries[index].table != nil else {
                throw fail(entry, nil, "each [[clause]] must be a table", "每个 [[clause]] 都必须是一个表")
            }
            for key in entry.table.keys where !keys.contains(key) {
                throw fail(entry, key, "unknown setting \"\(key)\"; a clause takes: \(keys.joined(separator: ", "))",
                           "未知设置“\(key)”；条款可用的设置为：\(keys.joined(separator: ", "))")
            }
            func text(_ key: String, longest: Int) throws(TermsFileError) -> String {
                guard let raw = entry[key] else {
                    throw fail(entry, nil, "\(key) is missing: every clause needs id, kind, title_zh, text_zh, title_en and text_en",
                               "缺少 \(key)：每条条款都要有 id、kind、title_zh、text_zh、title_en 和 text_en")
                }
                guard let string = raw.string, !string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw fail(entry, key, "\(key) must be text, not blank", "\(key) 必须是文字，不能为空")
                }
                guard string.count <= longest else {
                    throw fail(entry, key, "\(key) is longer than \(longest) characters", "\(key) 超过了 \(longest) 个字")
                }
                guard !string.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
                    throw fail(entry, key, "\(key) holds a control character", "\(key) 中含有控制字符")
                }
                return string.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let id = try text("id", longest: longestID)
            guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw fail(entry, "id", "id \"\(id)\" must be letters, digits, - or _ (such as G1)", "id“\(id)”只能由字母、数字、- 或 _ 组成（如 G1）")
            }
            let line = entry.fail(nil, "").line
            if let first = seen[id.uppercased()] {
                throw fail(entry, "id", "id \"\(id)\" is already used at line \(first)", "id“\(id)”已在第 \(first) 行用过")
            }
            seen[id.uppercased()] = line
            guard let kindText = entry["kind"]?.string, let kind = TermsKind(rawValue: kindText) else {
                throw fail(entry, entry["kind"] == nil ? nil : "kind", "kind must be one of: \(TermsKind.identifiers)",
                           "kind 必须是以下之一：\(TermsKind.identifiers)")
            }
            var services: [ServiceLine] = []
            if let raw = entry["services"] {
                let list = raw.array
                let words = list.map { list in (0..<list.count).map { list[$0].string } } ?? []
                guard list != nil, words.allSatisfy({ $0 != nil }) else {
                    throw fail(entry, "services", "services must be a list of service lines: \(ServiceLine.identifiers) (empty: every line)",
                               "services 必须是服务类别的列表：\(ServiceLine.identifiers)（空列表表示所有服务）")
                }
                for word in words.compactMap({ $0 }) {
                    guard let service = ServiceLine(rawValue: word) else {
                        throw fail(entry, "services", "services names \"\(word)\", which is no service line; use \(ServiceLine.identifiers)",
                                   "services 中的“\(word)”不是服务类别；可用：\(ServiceLine.identifiers)")
                    }
                    if !services.contains(service) { services.append(service) }
                }
            }
            var window: TimeInterval?
            if let raw = entry["window"] {
                guard let written = raw.string, let parsed = DurationText.parse(written), parsed > 0 else {
                    throw fail(entry, "window", "window must be a duration such as \"3d\", \"7天\" or \"30d\"",
                               "window 必须是时长，如 \"3d\"、\"7天\" 或 \"30d\"")
                }
                window = parsed
            }
            // Chinese first, as the file is written.
            let titleZh = try text("title_zh", longest: longestTitle), textZh = try text("text_zh", longest: longestText)
            let titleEn = try text("title_en", longest: longestTitle), textEn = try text("text_en", longest: longestText)
            clauses.append(TermsClause(id: id, services: services, kind: kind, title: Bilingual(titleEn, titleZh),
                                       text: Bilingual(textEn, textZh), window: window, origin: "\(document.path):\(line)"))
        }
        return AfterSalesTerms(clauses: clauses, path: document.path)
    }
}
