extension DemoCases {
    static let medical: [DemoCase] = [
        DemoCase(
            "med-vaccine-vomiting", .medical, .healthSafety, .serious, harm: .ill,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .chat],
            complaint: DemoText(
                "{pet}打完疫苗一回家就开始吐，吐了好几次。我打电话到医院一直没人接，最后只好去了别的医院。",
                "{pet} started vomiting as soon as we got home from the vaccination, again and again. I rang the clinic and nobody answered, so in the end we went to another vet."),
            findings: DemoText(
                "疫苗批次和注射记录正常，呕吐属于少见的疫苗不良反应。当天下午医院电话转接故障，客户三次来电都没有接通；接种后也没有告知可能出现的反应和应急电话。",
                "The vaccine batch and the injection records are in order; vomiting is a rare reaction to it. The clinic's call forwarding failed that afternoon, so all three of the customer's calls went unanswered, and nobody had told the customer what to watch for or whom to call."),
            notes: [
                DemoText("已联系客户后来去的医院，{pet}输液后已经不吐了。", "Spoke to the clinic the customer went to: {pet} stopped vomiting after a drip."),
                DemoText("电话转接故障已报修；接种后的注意事项改为打印出来给客户带走。",
                         "The call-forwarding fault is reported; aftercare advice is now printed for the customer to take home."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 120), .vetBill(yuan: 460)],
                DemoText("退还疫苗费¥120，报销在其他医院的急诊输液费¥460；今后接种后发放书面注意事项和24小时应急电话。",
                         "Refunded the ¥120 vaccination and reimbursed the ¥460 emergency drip at the other clinic; after every vaccination we now hand out written aftercare and a 24-hour emergency number.")),
            followUp: .reached(score: 4, comment: DemoText(
                "后来医生亲自打电话解释了，心里踏实多了。", "The vet rang personally to explain afterwards, which reassured me a lot."))),

        DemoCase(
            "med-charged-unused-test", .medical, .technicalError, .significant,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .email, .chat],
            complaint: DemoText(
                "账单上多了一项血常规¥180，可那天根本没抽血，医生就听了听心肺。",
                "The bill has a ¥180 blood count on it, but no blood was taken that day; the vet only listened to the heart and lungs."),
            findings: DemoText(
                "医生开了血常规后又口头取消，但收费系统里没有撤销，结账时照收；当月另有四张账单存在同样问题。",
                "The vet ordered a blood count and then cancelled it aloud, but it was never cancelled in the billing system, so the till charged for it; four other bills that month have the same error."),
            notes: [DemoText("已核对化验室记录，当天没有{pet}的样本。", "Checked the lab log: there was no sample from {pet} that day.")],
            resolution: DemoResolution(
                [DemoRemedy(.partialRefund, yuan: 180)],
                DemoText("退还多收的血常规费¥180，当天原路退回；另外四位客户也已主动联系退款。今后医生取消项目须同时在系统里撤销。",
                         "Refunded the ¥180 wrongly charged, the same day, to the original card; the four other customers have been contacted and refunded too. A cancelled test must now be cancelled in the system at once.")),
            followUp: .reached(score: 5, comment: DemoText(
                "当天就退了，还主动说明了原因，挺好。", "Refunded the same day, with an explanation I didn't have to ask for. Good."))),

        DemoCase(
            "med-jargon", .medical, .communication, .general,
            pets: [.dog, .cat, .rabbit], channels: [.store, .phone],
            complaint: DemoText(
                "医生讲了一堆专业名词，什么肌酐、尿素氮的，{pet}到底是什么病、要不要紧，我听完还是一头雾水。",
                "The vet reeled off creatinine, urea nitrogen and the rest, and I still don't know what's wrong with {pet} or how serious it is."),
            findings: DemoText(
                "化验结果提示早期肾功能下降；医生解释时用了大量术语，没有给书面说明，问诊只有十分钟。",
                "The tests point to early kidney decline; the vet explained in technical terms and gave nothing in writing, in a ten-minute appointment."),
            notes: [DemoText("已约主治医生给客户回电，用大白话把病情和饮食要求讲清楚。",
                             "Arranged for the vet to call the customer back and explain the condition and the diet in plain words.")],
            resolution: DemoResolution(
                [DemoRemedy(.explanation)],
                DemoText("主治医生回电，用通俗的话讲清楚了{pet}的肾功能情况、饮食要求和复查时间，并把要点写成一页纸发给客户。",
                         "The vet called back and explained {pet}'s kidneys, the diet and the next check-up in plain words, and sent a one-page summary.")),
            followUp: .reached(score: 5, comment: DemoText(
                "这回听明白了，那张纸我贴在冰箱上了。", "This time I understood. The sheet is on my fridge."))),

        DemoCase(
            "med-died-after-spay", .medical, .healthSafety, .critical, harm: .died,
            pets: [.dog, .cat], channels: [.phone, .store],
            complaint: DemoText(
                "{pet}做完绝育第二天就走了，医院只说是“个体差异”，别的什么都不解释。我要看手术记录。",
                "{pet} died the day after being spayed, and all the clinic says is \"every animal is different\". No other explanation. I want to see the surgical records."),
            findings: DemoText(
                "手术和麻醉记录已提交市兽医协会复核：术中生命体征平稳；术后夜间无人值守，监测记录有六小时空白。死因初步判断为术后内出血。",
                "The surgical and anaesthesia records went to the city veterinary association for review: vital signs were stable during the operation, but nobody was on duty overnight and the monitoring log has a six-hour gap. The likely cause of death is internal bleeding after surgery."),
            notes: [
                DemoText("家属很悲痛。先表示哀悼，没有谈赔偿，约好病历复印好后再联系。",
                         "The family are grieving. Offered our condolences without raising compensation; agreed to call once the records are copied."),
                DemoText("完整病历复印件已交给客户。", "Gave the customer a full copy of the medical records."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 1500), .compensation(yuan: 2000), DemoRemedy(.addedService)],
                DemoText("退还手术和住院费¥1,500，赔偿¥2,000，承担火化费用，医院出具书面致歉；术后留院观察改为夜间专人值守，每小时记录一次。",
                         "We refund the ¥1,500 for the surgery and stay, pay ¥2,000 in compensation and cover the cremation, with the clinic's written apology; animals kept in after surgery are now watched overnight by a named person and checked every hour.")),
            followUp: .reached(score: 2, comment: DemoText(
                "钱的事我不想多说。只希望你们说到做到，别让别人家再经历一次。",
                "I don't want to talk about money. Just do what you said, so no other family goes through this.")),
            reopen: DemoText(
                "复核报告出来后，客户要求当面听医院解释夜里为什么没人值守。",
                "After the review report came out, the customer asked to hear from the clinic in person why nobody was on duty that night."),
            mediation: DemoText(
                "家属不接受赔偿金额，要求由市兽医协会主持调解。",
                "The family do not accept the sum offered and ask the city veterinary association to mediate.")),

        DemoCase(
            "med-checkup-advert", .medical, .price, .serious,
            pets: [.dog, .cat], channels: [.social, .phone, .email],
            complaint: DemoText(
                "你们宣传的“¥299全面体检套餐”写着含B超，到了医院却说B超另收¥260，不做就查不全。这不就是骗人吗？",
                "Your \"¥299 full check-up\" advert lists an ultrasound, but at the clinic they said the ultrasound is ¥260 extra and the check-up isn't complete without it. That's a con."),
            findings: DemoText(
                "宣传海报上确实写着“含B超”，系统里的套餐却不含，两者不一致已有三个月；这期间有二十一位客户另付了B超费用。",
                "The poster does say \"ultrasound included\"; the package in the system never included it, and the two have disagreed for three months. Twenty-one customers paid extra for the ultrasound in that time."),
            notes: [DemoText("海报已撤下，受影响的客户名单已交给财务。", "The posters are down; the list of affected customers is with accounts.")],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 260), DemoRemedy(.apology)],
                DemoText("退还另收的B超费¥260，书面致歉；其余二十位客户逐一联系退款，宣传材料今后须经专人审核后发布。",
                         "Refunded the ¥260 charged for the ultrasound, with a written apology; the other twenty customers are being contacted and refunded, and adverts are now checked before they go out.")),
            followUp: .reached(score: 4, comment: DemoText(
                "退钱挺干脆的。其他人也能退，那就好。", "The refund was straightforward, and I'm glad the others are getting theirs too."))),

        DemoCase(
            "med-results-late", .medical, .promiseBroken, .significant,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .chat],
            complaint: DemoText(
                "说好化验结果两天出，这都一个星期了还在等，每次打电话都说“明天”。{pet}的药我都不敢停。",
                "The results were promised in two days. It's been a week, and every time I ring they say \"tomorrow\". I daren't stop {pet}'s medicine."),
            findings: DemoText(
                "样本送外院检测，外院积压；医院既没有跟进催办，也没有告诉客户延误的原因。",
                "The sample went to an outside lab with a backlog; the clinic neither chased it nor told the customer why it was late."),
            notes: [DemoText("已直接联系外院，结果明天上午出来，出来后医生当天给客户解读。",
                             "Rang the outside lab directly: the results come tomorrow morning, and the vet will go through them with the customer that day.")],
            resolution: DemoResolution(
                [DemoRemedy(.waiver, yuan: 350)],
                DemoText("免收这次化验费¥350，并书面致歉；外送化验超过约定时间的，医院须当天告知客户。",
                         "Waived the ¥350 lab fee, with a written apology; when an outside lab runs late, the clinic must now tell the customer that day.")),
            followUp: .reached(score: 4, comment: DemoText(
                "结果出来没什么大事。早点告诉我，我也不用干着急。", "The results were fine. If you'd told me sooner I wouldn't have worried so much."))),
    ]
}
