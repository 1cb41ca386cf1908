extension DemoCases {
    static let training: [DemoCase] = [
        DemoCase(
            "train-still-jumps", .training, .expectation, .general,
            pets: [.dog], channels: [.phone, .chat, .email],
            complaint: DemoText(
                "训练课上了六节，{pet}见了人还是往身上扑，跟你们宣传的“六节课改掉坏习惯”差太远了。",
                "Six sessions in and {pet} still jumps up at everyone. Nothing like the \"bad habits gone in six lessons\" you advertised."),
            findings: DemoText(
                "训练记录显示六节课中有两节因客户迟到只上了一半，回家后的练习也没有做；宣传语“六节课改掉坏习惯”确实说得太满，已要求修改。",
                "The training log shows two of the six sessions were cut short because the customer arrived late, and the home practice was not done; the \"bad habits gone in six lessons\" line does promise too much and is being changed."),
            notes: [DemoText("训练师建议再加两节课，重点教主人在家怎么练。",
                             "The trainer suggests two more sessions, mostly showing the owner how to practise at home.")],
            resolution: DemoResolution(
                [DemoRemedy(.addedService)],
                DemoText("免费加两节课，由原训练师带着主人和{pet}一起练，把家里的练习方法教会；宣传语改为“多数狗狗六到八节课见效”。",
                         "Two extra sessions free of charge, with the same trainer coaching the owner alongside {pet} so the practice carries on at home; the advert now says \"most dogs improve within six to eight sessions\".")),
            followUp: .reached(score: 4, comment: DemoText(
                "加的两节课挺有用，{pet}现在扑人少多了。", "The extra sessions helped. {pet} hardly jumps at people now."))),

        DemoCase(
            "train-cancelled-late", .training, .communication, .general,
            pets: [.dog], channels: [.phone, .chat],
            complaint: DemoText(
                "周六的训练课，我们都已经在路上了，训练师才发消息说取消，之前一点通知都没有。",
                "We were already on our way to Saturday's training session when the trainer messaged to cancel. No warning before that."),
            findings: DemoText(
                "训练师周五晚上就请了假，前台没有逐一通知当天的学员，只在群里发了一条消息。",
                "The trainer booked the day off on Friday evening; the front desk did not tell that day's customers one by one, and only posted in the group chat."),
            notes: [DemoText("客户白跑一趟，打车来回花了六十多块。", "The customer made the trip for nothing and spent over ¥60 on taxis.")],
            resolution: DemoResolution(
                [DemoRemedy(.voucher, yuan: 80)],
                DemoText("向客户道歉并补上这节课，另送¥80代金券抵来回车费；今后取消课程须提前一天逐一电话通知学员。",
                         "Apologised, rebooked the session and gave an ¥80 voucher towards the taxis; cancellations must now be phoned through to every customer the day before.")),
            followUp: .reached(score: 5, comment: DemoText(
                "补课的时间挺合适，代金券也收到了。", "The replacement session suited us, and the voucher arrived."))),

        DemoCase(
            "train-trainer-left", .training, .promiseBroken, .significant,
            pets: [.dog], channels: [.email, .phone],
            complaint: DemoText(
                "报了八节课的训练套餐，交了¥2,400。训练师上了三节就离职了，换来的人根本不会教。我要退剩下的钱，店里说套餐不退，只能换人。",
                "I paid ¥2,400 for eight training sessions. The trainer left after three and the replacement doesn't know what they're doing. I want the rest back, and the shop says packages aren't refundable and offers another trainer."),
            findings: DemoText(
                "原训练师确已离职。合同写明“因门店原因无法提供服务的，可退未上课时”，前台说“不退”与合同不符。剩余五节课按单价计¥1,500。",
                "The trainer has indeed left. The contract says unused sessions are refunded when the shop cannot provide them, so the front desk's \"no refunds\" contradicts it. The five remaining sessions come to ¥1,500."),
            notes: [DemoText("已把合同条款发给客户，并道歉：前台的说法是错的。",
                             "Sent the customer the contract clause and apologised: the front desk was wrong.")],
            resolution: DemoResolution(
                [DemoRemedy(.partialRefund, yuan: 1500)],
                DemoText("按合同退还未上的五节课¥1,500，三个工作日内原路退回；前台重新学习套餐退款条款。",
                         "Refunding the five unused sessions (¥1,500) under the contract, to the original card within three working days; the front desk retrains on the refund terms.")),
            followUp: .reached(score: 3, comment: DemoText(
                "钱退了，但一开始就该这么办，害我来回跑了好几趟。",
                "I got the money back, but that should have happened the first time; I had to chase it several times.")),
            mediation: DemoText(
                "客户要求把已上的三节课也一起退，理由是当初宣传的是“一对一专属训练师”，双方同意由消费者协会调解。",
                "The customer wants the three sessions already taken refunded too, as the package promised \"your own dedicated trainer\"; both sides agree to consumer association mediation.")),

        DemoCase(
            "train-lead-jerked", .training, .serviceQuality, .significant, harm: .distress,
            pets: [.dog], channels: [.store, .social],
            complaint: DemoText(
                "去接{pet}的时候，看见训练师拿P绳使劲往上提，{pet}叫得特别惨。回家以后一听到开门声就躲。这哪是训练，这是虐待！",
                "When I came to collect {pet} I saw the trainer yanking the slip lead upwards and {pet} yelping. Since then {pet} hides whenever the door opens. That isn't training, it's cruelty!"),
            findings: DemoText(
                "训练场监控显示，训练师多次用力上提牵引绳，违反门店“只用正向训练”的规定；兽医检查颈部没有外伤，但应激反应明显。",
                "The training-ground CCTV shows the trainer jerking the lead upwards several times, against the shop's rule of positive methods only. The vet found no injury to the neck but clear signs of stress."),
            notes: [
                DemoText("已暂停该训练师带课，等调查结果出来。", "The trainer is off classes until the investigation is done."),
                DemoText("客户同意请行为训练师上门，评估{pet}现在的情况。", "The customer agreed to a behaviour trainer visiting to assess {pet}."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 1800), DemoRemedy(.addedService)],
                DemoText("全额退还训练费¥1,800，安排行为训练师免费上门三次，帮{pet}缓解应激；该训练师停止带课，正向训练考核合格后再上岗。",
                         "Full refund of the ¥1,800 course, and three free home visits from a behaviour trainer to help {pet} settle; the trainer stays off classes until passing an assessment in positive methods.")),
            followUp: .reached(score: 2, comment: DemoText(
                "退款收到了，可{pet}现在还怕生人。说好上门三次，才来了一次。",
                "The refund came, but {pet} is still afraid of strangers. Three home visits were promised and only one has happened.")),
            reopen: DemoText(
                "客户反映行为训练师上门一次后就没人联系了，要求按约定补齐剩下两次。",
                "The customer reports the behaviour trainer came once and nobody has been in touch since; they want the two visits still owed.")),
    ]
}
