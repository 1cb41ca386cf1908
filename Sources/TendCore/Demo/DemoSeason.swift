import Foundation

/// How often each demo case happens, and how that changes through the year, so a year of demo
/// complaints shows what a real desk's year does: skin trouble after grooming rises in the summer
/// heat, boarding complaints peak when owners travel (the Spring Festival, the National Day week,
/// the summer holidays, the May Day break). Everything else keeps its weight all year.
enum DemoSeason {
    /// Each case's weight in an ordinary week, by name: most complaints are about manners, money,
    /// waiting and promises; a pet harmed is rare, one lost or dead rarer still. Broken promises
    /// are the largest group (as the training material finds for service businesses).
    static let weights: [String: Double] = [
        // grooming
        "groom-cut-too-short": 8, "groom-ear-cut": 0.5, "groom-late-start": 12, "groom-shouted-at-pet": 2,
        "groom-dryer-burn-posted": 0.3, "groom-extras-not-asked": 6, "groom-elderly-hung-up": 2, "groom-skin-infection": 1,
        // boarding
        "board-no-photos": 5, "board-kennel-cough": 0.8, "board-holiday-surcharge": 2.5, "board-escaped-pen": 0.2,
        "board-heatstroke-died": 0.1, "board-deaf-medicine-missed": 0.6,
        // medical
        "med-vaccine-vomiting": 0.7, "med-charged-unused-test": 4, "med-jargon": 5, "med-died-after-spay": 0.12,
        "med-checkup-advert": 1.5, "med-results-late": 7,
        // other
        "other-helpline-busy": 5, "other-sign-language": 2, "other-details-leaked": 1, "other-closed-branch-card": 3,
        // retail
        "shop-cat-food-torn": 5, "shop-treats-upsold": 4, "shop-points-missing": 5, "shop-prescription-food-late": 8,
        "shop-elderly-auto-renewal": 1.2, "shop-rabbit-sold-sick": 0.4,
        // training
        "train-still-jumps": 4, "train-cancelled-late": 4, "train-trainer-left": 5, "train-lead-jerked": 1.5,
    ]

    /// `weights` in the order of `DemoCases.all`.
    static let caseWeights: [Double] = DemoCases.all.map { story in
        guard let weight = weights[story.name] else { preconditionFailure("demo case \(story.name) has no weight") }
        return weight
    }

    /// Skin infections after a bath or a groom, by month: the summer's heat and damp.
    private static let skinByMonth: [Double] = [0.5, 0.5, 0.6, 0.8, 1.4, 3.2, 4.2, 3.8, 1.6, 0.8, 0.6, 0.5]

    /// How much more often than in an ordinary week `story` happens on `date` (a civil date).
    static func factor(_ story: DemoCase, year: Int, month: Int, day: Int) -> Double {
        switch story.name {
        case "groom-skin-infection": return skinByMonth[month - 1]
        case "board-heatstroke-died": return (6...8).contains(month) ? 3 : 0.5
        default: break
        }
        guard story.service == .boarding else { return 1 }
        let holiday = boardingPeak(year: year, month: month, day: day)
        // A holiday surcharge is what a holiday brings.
        if story.name == "board-holiday-surcharge" { return holiday == 1 ? 0.4 : holiday * 1.5 }
        return holiday
    }

    /// How busy the boarding kennels are: pets boarded while their owners travel.
    static func boardingPeak(year: Int, month: Int, day: Int) -> Double {
        guard let today = StatsPeriod.day(year: year, month: month, day: day) else { return 1 }
        // The Spring Festival: boarded from the week before New Year's Eve to the end of the break,
        // in the year's festival, or last year's when it reaches into this January.
        for festivalYear in [year, year + 1] {
            let (m, d) = springFestival(festivalYear)
            if let festival = StatsPeriod.day(year: festivalYear, month: m, day: d), (festival - 12)...(festival + 10) ~= today { return 2.6 }
        }
        switch (month, day) {
        case (9, 28...), (10, ...10): return 2.8      // the National Day week
        case (7, 10...), (8, _): return 1.8            // the summer holidays
        case (4, 29...), (5, ...6): return 1.5        // the May Day break
        default: return 1
        }
    }

    /// The first day of the lunar new year (春节).
    static func springFestival(_ year: Int) -> (month: Int, day: Int) {
        let known: [Int: (Int, Int)] = [
            2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
            2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31),
            2034: (2, 19), 2035: (2, 8),
        ]
        return known[year] ?? (2, 5)
    }
}
