/// Why the complaint arose (成因): pet-service causes first, then general-service ones.
public enum Cause: String, StoredVocabulary {
    public static let ordered = allCases
    case expectation, communication
    case serviceQuality = "service_quality"
    case price
    case healthSafety = "health_safety"
    case attitude
    case unmetNeeds = "unmet_needs"
    case promiseBroken = "promise_broken"
    case technicalError = "technical_error"
    case specialRequest = "special_request"
    case other

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .expectation: 0
        case .communication: 1
        case .serviceQuality: 2
        case .price: 3
        case .healthSafety: 4
        case .attitude: 5
        case .unmetNeeds: 6
        case .promiseBroken: 7
        case .technicalError: 8
        case .specialRequest: 9
        case .other: 10
        }
    }

    public var english: String {
        switch self {
        case .expectation: "expectation mismatch"
        case .communication: "communication breakdown"
        case .serviceQuality: "service quality"
        case .price: "price dispute"
        case .healthSafety: "pet health or safety"
        case .attitude: "staff attitude"
        case .unmetNeeds: "unmet personal needs"
        case .promiseBroken: "promise not kept"
        case .technicalError: "technical or billing error"
        case .specialRequest: "special request"
        case .other: "other"
        }
    }

    public var chinese: String {
        switch self {
        case .expectation: "期望不符"
        case .communication: "沟通不畅"
        case .serviceQuality: "服务质量"
        case .price: "价格争议"
        case .healthSafety: "宠物健康安全"
        case .attitude: "服务态度"
        case .unmetNeeds: "个性化需求未满足"
        case .promiseBroken: "服务承诺未兑现"
        case .technicalError: "专业技术失误"
        case .specialRequest: "特殊需求"
        case .other: "其他"
        }
    }
}
