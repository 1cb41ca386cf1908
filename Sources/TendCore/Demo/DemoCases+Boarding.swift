extension DemoCases {
    static let boarding: [DemoCase] = [
        DemoCase(
            "board-no-photos", .boarding, .unmetNeeds, .general,
            pets: [.dog, .cat, .rabbit], channels: [.chat, .phone, .email],
            complaint: DemoText(
                "寄养了五天，一张照片、一个视频都没有，发消息问也没人回，完全不知道{pet}在里面怎么样。",
                "Five days of boarding and not one photo or video. My messages went unanswered and I had no idea how {pet} was doing."),
            findings: DemoText(
                "寄养协议写明每天发一次照片；负责的员工当周休假，交接时漏了这一项。喂食和放风记录完整。",
                "The boarding agreement promises a photo every day; the member of staff in charge was on leave that week and the handover missed it. The feeding and exercise records are complete."),
            notes: [DemoText("已把寄养期间的喂食记录和监控截图发给客户。",
                             "Sent the customer the feeding log and stills from the kennel CCTV.")],
            resolution: DemoResolution(
                [DemoRemedy(.discount, yuan: 100)],
                DemoText("向客户道歉，补发寄养期间的监控截图；下次寄养减免¥100。寄养交接单增加“每日照片”一项。",
                         "Apologised and sent the CCTV stills from the stay; ¥100 off the next stay. The handover sheet now has a \"daily photo\" line.")),
            followUp: .reached(score: 4, comment: DemoText(
                "看到截图放心多了。下次记得每天发照片。", "Seeing the stills put my mind at rest. Please send the daily photos next time."))),

        DemoCase(
            "board-kennel-cough", .boarding, .healthSafety, .serious, harm: .ill,
            pets: [.dog], channels: [.phone, .chat],
            complaint: DemoText(
                "接{pet}回家第二天就开始咳，带去医院一查是犬窝咳，医生说多半是寄养的时候被传染的。",
                "{pet} started coughing the day after we came home. The vet says kennel cough, most likely caught while boarding."),
            findings: DemoText(
                "同一周另有两只寄养犬出现咳嗽；寄养区没有按规定隔离有症状的犬只，入住时也没有查验疫苗记录。",
                "Two other dogs boarded that week also coughed; the kennels did not isolate dogs with symptoms as the rules require, nor check vaccination records on arrival."),
            notes: [
                DemoText("已联系同期寄养的另外两位客户，他们的狗也在咳。",
                         "Called the owners of the two other dogs boarded that week: theirs are coughing too."),
                DemoText("客户发来了医院的诊断和收费单据，共¥480。", "The customer sent the vet's diagnosis and receipts: ¥480 in all."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 400), .vetBill(yuan: 480)],
                DemoText("退还全部寄养费¥400，报销治疗费¥480；寄养区今后入住时查验疫苗，有症状的犬只当天隔离。",
                         "We refund the full ¥400 boarding fee and reimburse the ¥480 vet bill; the kennels now check vaccinations on arrival and isolate any dog with symptoms the same day.")),
            followUp: .reached(score: 4, comment: DemoText(
                "{pet}已经不咳了，你们处理得还算及时。", "{pet} has stopped coughing. You dealt with it reasonably quickly."))),

        DemoCase(
            "board-holiday-surcharge", .boarding, .price, .general,
            pets: [.dog, .cat, .rabbit], channels: [.store, .phone, .email],
            complaint: DemoText(
                "订寄养的时候说一晚八十，结账多出来两百，说是节假日加价。订的时候谁也没提过！",
                "We booked boarding at ¥80 a night and the bill came to ¥200 more: a holiday surcharge. Nobody mentioned it when we booked!"),
            findings: DemoText(
                "节假日加价确有规定，但预订确认短信里没有写，客户预订时无从得知。",
                "The holiday surcharge is real, but the booking confirmation text leaves it out, so the customer could not have known."),
            notes: [DemoText("客户不是不愿意付钱，是觉得被蒙在鼓里。", "The customer doesn't mind paying; they mind being kept in the dark.")],
            resolution: DemoResolution(
                [DemoRemedy(.partialRefund, yuan: 200)],
                DemoText("退还节假日加价¥200，并为收费说明不清向客户道歉；预订确认短信补上节假日价格。",
                         "Refunded the ¥200 surcharge and apologised for the unclear pricing; booking confirmations now state holiday rates.")),
            followUp: .reached(score: 5, comment: DemoText(
                "钱退回来了，这样处理我没意见。", "The money's back. I've no complaint about how you handled it."))),

        DemoCase(
            "board-escaped-pen", .boarding, .healthSafety, .critical, harm: .lost,
            pets: [.dog, .cat], channels: [.phone, .store],
            complaint: DemoText(
                "寄养期间{pet}从围栏里跑丢了，到现在都没找到！你们就一句“正在找”，它到底是怎么跑出去的？",
                "{pet} got out of the boarding pen and is still missing! All you say is \"we're looking\". How did {pet} get out?"),
            findings: DemoText(
                "监控显示当晚清洁后围栏门的插销没有插好，{pet}约22点从侧门跑出。第三天在两公里外的公园找到，兽医检查只有轻微擦伤和脱水。",
                "CCTV shows the pen's bolt was not shut after the evening clean, and {pet} left by the side door at about 10 p.m. {pet} was found on the third day in a park two kilometres away; the vet found only grazes and dehydration."),
            notes: [
                DemoText("已在周边小区和宠物群发了寻宠启事，门店每天傍晚派两个人沿路找。",
                         "Lost-pet notices are up in the nearby estates and pet groups; the branch sends two people out searching every evening."),
                DemoText("第三天晚上找到了，已陪客户带{pet}去医院检查。", "Found on the third evening; went with the customer to have {pet} checked by the vet."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 600), .vetBill(yuan: 350)],
                DemoText("退还全部寄养费¥600，报销检查和补液费用¥350，门店书面致歉；所有围栏门换成自动回锁的门闩，闭店前由两人核对。",
                         "We refund the whole ¥600 boarding fee, reimburse the ¥350 for the vet's check and fluids, and send the branch's written apology; every pen now has a self-locking latch, checked by two people before closing.")),
            followUp: .reached(score: 3, comment: DemoText(
                "{pet}是找回来了，可那三天我一宿都没睡着。钱不是重点，别再让别人家碰上这种事。",
                "We got {pet} back, but I didn't sleep for three nights. It's not about the money. Don't let it happen to anyone else.")),
            mediation: DemoText(
                "客户要求赔偿寻找{pet}期间的误工费和精神损失，双方协商不成，同意由区消费者协会调解。",
                "The customer asks to be paid for the work missed while searching for {pet} and for the distress; we could not agree, and both accept the district consumer association as mediator.")),

        DemoCase(
            "board-heatstroke-died", .boarding, .healthSafety, .critical, harm: .died,
            pets: [.dog], channels: [.phone, .store],
            complaint: DemoText(
                "把{pet}寄养在你们那儿，第三天你们打电话说它不行了，送到医院就已经没了。医生说是中暑。你们的空调到底开没开？",
                "We boarded {pet} with you, and on the third day you rang to say something was wrong. By the time {pet} reached the vet it was too late. The vet says heatstroke. Was the air conditioning even on?"),
            findings: DemoText(
                "寄养区空调当天下午故障停机约四小时，值班员工没有及时发现，也没有把犬只转移到阴凉处；兽医诊断为中暑，与时间吻合。",
                "The kennel air conditioning failed for about four hours that afternoon; the staff on duty did not notice, nor move the dogs somewhere cool. The vet's diagnosis of heatstroke fits the timing."),
            notes: [
                DemoText("家属很悲痛，今天不适合谈处理方案，约好三天后再联系。",
                         "The family are grieving; today is not the time to talk about what we will do. We agreed to call again in three days."),
                DemoText("已把空调维修记录和当天的监控交给主管。", "Handed the air-conditioning repair log and the day's CCTV to the supervisor."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 300), .compensation(yuan: 3000), DemoRemedy(.addedService)],
                DemoText("退还全部寄养费¥300，赔偿¥3,000，并承担{pet}的火化费用，门店书面致歉；寄养区加装温度报警，值班员工每小时巡查并记录。",
                         "We refund the ¥300 boarding fee, pay ¥3,000 in compensation and cover {pet}'s cremation, with the branch's written apology; the kennels get a temperature alarm, and the staff on duty check and log every hour.")),
            followUp: .unreachable(note: DemoText(
                "家属没有接电话。已发短信表示慰问，不再催促。", "The family did not answer. Sent a message of sympathy; we will not press them.")),
            mediation: DemoText(
                "家属要求按购犬价和多年饲养费用赔偿，金额超出门店能给的范围，双方同意交由消费者协会调解。",
                "The family ask for the price of the dog and years of upkeep, more than the shop can grant; both agree to take it to the consumer association.")),

        DemoCase(
            "board-deaf-medicine-missed", .boarding, .communication, .serious, harm: .ill,
            pets: [.dog, .cat], channels: [.chat, .email, .store], needs: .hearingImpaired,
            complaint: DemoText(
                "我是听障人士。在店里办寄养的时候，店员只对着我说话，不肯写下来。{pet}要按时涂的药膏，我比划了半天，也不知道他们看懂没有。接回来才知道，一次都没涂。",
                "I'm deaf. When I checked {pet} in for boarding, the assistant just talked at me and wouldn't write anything down. I tried for ages to explain {pet}'s ointment with gestures and couldn't tell whether they understood. When I collected {pet} I found out it was never put on once."),
            findings: DemoText(
                "入住登记表“用药”一栏是空的；店员承认没有用文字和客户确认，交接时也没人知道要上药。寄养七天药膏一次没涂，皮肤红疹加重。",
                "The check-in form's \"medication\" box is empty; the assistant admits nothing was confirmed with the customer in writing, and nobody at handover knew about the ointment. In seven days it was never put on, and the rash got worse."),
            notes: [
                DemoText("客户听障，已改用微信文字沟通，不打电话。", "The customer is deaf: we are talking by text message, not by phone."),
                DemoText("客户发来了医院复诊的单据，共¥320。", "The customer sent the receipt for the follow-up vet visit: ¥320."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 700), .vetBill(yuan: 320)],
                DemoText("退还七天寄养费¥700，报销复诊费¥320；门店前台配备写字板，入住时用药一律书面登记，并请客户签字确认。",
                         "We refund the seven nights' boarding (¥700) and reimburse the ¥320 vet visit; the front desk now keeps a writing pad, and every medicine is written down at check-in and signed by the customer.")),
            followUp: .reached(score: 4, comment: DemoText(
                "（短信回访）{pet}的皮肤好多了。写字板这个办法好，谢谢。",
                "(follow-up by text) {pet}'s skin is much better. The writing pad is a good idea. Thank you."))),
    ]
}
