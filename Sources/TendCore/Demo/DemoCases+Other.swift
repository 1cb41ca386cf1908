extension DemoCases {
    static let other: [DemoCase] = [
        DemoCase(
            "other-helpline-busy", .other, .communication, .general,
            pets: [.dog, .cat, .rabbit], channels: [.email, .social, .chat], place: .helpline,
            complaint: DemoText(
                "你们客服电话永远占线。同一件事我投诉了三次，每次都说会有人联系我，结果一个电话都没等到。",
                "Your helpline is always engaged. I've complained three times about the same thing, each time I was told someone would ring me, and nobody ever did."),
            findings: DemoText(
                "三次来电都有人接听，但只记在了接线员各自的本子上，没有录入系统，所以没人跟进。",
                "All three calls were answered, but written only in the call handlers' own notebooks and never entered in the system, so nobody followed up."),
            notes: [DemoText("客户最初的问题是寄养押金没退，已查到并当天退回。",
                             "The customer's original problem was a boarding deposit never returned; found it and returned it the same day.")],
            resolution: DemoResolution(
                [DemoRemedy(.voucher, yuan: 100), DemoRemedy(.apology)],
                DemoText("当天退回寄养押金，另送¥100代金券致歉；接线员接到投诉须当场录入系统。",
                         "Returned the boarding deposit the same day and gave a ¥100 voucher by way of apology; call handlers must now enter every complaint in the system during the call.")),
            followUp: .reached(score: 3, comment: DemoText(
                "问题是解决了，但投诉三次才有人管，这个得改。", "It's sorted, but it took three complaints before anyone acted. That has to change."))),

        DemoCase(
            "other-sign-language", .other, .specialRequest, .general,
            pets: [.dog, .cat, .rabbit], channels: [.chat, .email], needs: .hearingImpaired,
            complaint: DemoText(
                "我是听障人士，约了周六去店里当面谈{pet}上次寄养的事，请你们安排手语翻译，或者用文字交流。门店直接回我“做不到”。",
                "I'm deaf. I've arranged to come in on Saturday to talk about {pet}'s last boarding stay, and asked for a sign-language interpreter or to talk in writing. The branch just replied \"we can't do that\"."),
            findings: DemoText(
                "公司有合作的手语翻译服务，门店员工不知道可以预约；用文字沟通本来也完全可以安排。",
                "The company works with a sign-language interpreting service, and the branch staff did not know it could be booked; talking in writing could have been arranged anyway."),
            notes: [DemoText("已预约周六上午的手语翻译，用短信向客户确认。", "Booked an interpreter for Saturday morning and confirmed it to the customer by text.")],
            resolution: DemoResolution(
                [DemoRemedy(.apology), DemoRemedy(.addedService)],
                DemoText("书面向客户道歉，周六安排手语翻译陪同面谈；门店员工学习特殊群体服务流程，今后收到类似请求直接预约翻译。",
                         "Apologised in writing and arranged an interpreter for Saturday's meeting; branch staff are learning the service for customers with disabilities and will book an interpreter straight away next time.")),
            followUp: .reached(score: 5, comment: DemoText(
                "（短信回访）周六的翻译很专业，我终于把事情说清楚了。",
                "(follow-up by text) Saturday's interpreter was very good. At last I could explain everything."))),

        DemoCase(
            "other-details-leaked", .other, .other, .serious,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .email],
            complaint: DemoText(
                "我的手机号和地址只在你们店留过，最近天天接到宠物保险、宠物粮的推销电话，对方连{pet}的名字都知道。是不是你们把我的信息卖了？",
                "The only place I gave my number and address was your shop. Now I get calls every day selling pet insurance and pet food, and they even know {pet}'s name. Did you sell my details?"),
            findings: DemoText(
                "一名已离职员工在离职前导出了约两千条会员信息；公司已报警，并取消了普通员工导出会员数据的权限。",
                "A member of staff who has since left exported about two thousand members' records before going; the company has reported it to the police, and ordinary staff can no longer export member data."),
            notes: [DemoText("客户问泄露了哪些信息，已如实告知：姓名、电话、地址和宠物的名字。",
                             "The customer asked what was leaked; told them plainly: name, phone number, address and the pet's name.")],
            resolution: DemoResolution(
                [DemoRemedy(.mediation), DemoRemedy(.apology)],
                DemoText("书面致歉，说明泄露经过和已采取的措施；客户提出的赔偿由双方共同提交消费者协会调解，公司承诺接受调解结果。",
                         "A written apology explaining how the leak happened and what has been done; the compensation the customer asks for goes to the consumer association for mediation, and the company undertakes to accept the outcome.")),
            followUp: .reached(score: 2, comment: DemoText(
                "情况是说清楚了，也报了警，可推销电话还是天天有。", "You've explained, and the police know, but the sales calls still come every day.")),
            reopen: DemoText(
                "客户又接到推销电话，对方说出了客户的新地址，要求查清是不是还在泄露。",
                "The customer had another sales call that used their new address, and asks us to find out whether details are still leaking."),
            mediation: DemoText(
                "客户要求公司赔偿，双方对金额分歧较大，同意提交消费者协会调解。",
                "The customer asks the company for compensation; we are far apart on the sum and agree to take it to the consumer association.")),

        DemoCase(
            "other-closed-branch-card", .other, .promiseBroken, .serious,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .social, .email], place: .harbourRoad,
            complaint: DemoText(
                "我在港湾路店充了¥1,000的卡，才用了两次店就关门了，门上就贴了张纸。卡里还剩¥760，我找谁退？",
                "I put ¥1,000 on a card at the Harbour Road branch, used it twice, and then the branch closed with just a notice on the door. There's ¥760 left on the card. Who do I get it back from?"),
            findings: DemoText(
                "港湾路店因租约到期停业。按规定，会员余额可以转到其他门店使用或者退款，但停业通知没写退款方式，也没有逐一通知会员。",
                "The Harbour Road branch closed when its lease ran out. Balances can be moved to another branch or refunded, but the closing notice never said how, and members were not told one by one."),
            notes: [DemoText("客户家离其他门店都远，选择退款。", "The customer lives far from the other branches and chose a refund.")],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 760)],
                DemoText("卡内余额¥760三个工作日内原路退回；给港湾路店所有会员逐一发短信，说明余额转店或退款的办法。",
                         "The ¥760 balance goes back to the original card within three working days; every Harbour Road member is getting a text explaining how to move their balance or have it refunded.")),
            followUp: .reached(score: 4, comment: DemoText(
                "钱到账了。我还以为要打水漂了。", "The money's in. I thought I'd never see it again."))),
    ]
}
