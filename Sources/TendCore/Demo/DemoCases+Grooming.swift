extension DemoCases {
    static let grooming: [DemoCase] = [
        DemoCase(
            "groom-cut-too-short", .grooming, .expectation, .significant,
            pets: [.dog, .cat], channels: [.phone, .store, .chat],
            complaint: DemoText(
                "我明明给美容师看了照片，要留长一点的造型，结果{pet}身上的毛几乎全推光了，跟说好的完全不一样。",
                "I showed the groomer a photo of the longer style we wanted, and {pet} came back shaved almost to the skin. Nothing like what we agreed."),
            findings: DemoText(
                "预约单上只写了“修剪”，没有记下客户要求的留毛长度，美容师按门店默认的短款修剪。问题出在预约记录，不是美容师操作失误。",
                "The booking only says \"trim\": the coat length the customer asked for was never written down, so the groomer used the shop's default short cut. The fault is in the booking record, not the groomer's work."),
            notes: [
                DemoText("已请门店调出预约单和美容前后的照片。", "Asked the branch for the booking form and the before-and-after photos."),
                DemoText("美容师说客户当时在打电话，留毛长度是口头交代的，没写进单子。",
                         "The groomer says the customer was on the phone at the time and gave the length by word of mouth; it never went on the form."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.partialRefund, yuan: 100), DemoRemedy(.addedService)],
                DemoText("退还本次美容费的一半¥100；等毛长回来后，按客户的照片免费修一次造型。今后预约单须写明留毛长度，并请客户确认。",
                         "Refunded half of this groom's fee (¥100); once the coat grows back we will shape it to the customer's photo free of charge. Booking forms must now record the coat length and be confirmed with the customer.")),
            followUp: .reached(score: 4, comment: DemoText(
                "毛慢慢长回来了。下次把要求写清楚就行。", "The coat is growing back. Just write the request down next time."))),

        DemoCase(
            "groom-ear-cut", .grooming, .healthSafety, .critical, harm: .injured,
            pets: [.dog, .cat], channels: [.phone, .store],
            complaint: DemoText(
                "接{pet}的时候才发现耳朵边上有道口子，还在渗血，店里一个字都没跟我提！",
                "When I picked {pet} up I found a cut on the edge of the ear, still bleeding, and nobody at the shop said a word!"),
            findings: DemoText(
                "调取了当天的监控，确认美容师修剪耳部时失手剪破耳缘，事后既没有上报，也没有告知客户。伤口约0.5厘米，宠物医院已清创处理。",
                "The day's CCTV shows the groomer cut the edge of the ear while trimming it, and neither reported it nor told the customer. The cut is about half a centimetre; the vet has cleaned it."),
            notes: [
                DemoText("客户情绪很激动。先道歉，请客户带{pet}到最近的宠物医院处理，费用由我们承担。",
                         "The customer is very upset. Apologised, and asked them to take {pet} to the nearest vet; we will pay."),
                DemoText("监控已看过，美容师本人承认剪到了耳朵，当时怕挨骂没敢说。",
                         "Watched the CCTV. The groomer admits cutting the ear and says they kept quiet for fear of getting into trouble."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.waiver, yuan: 180), .vetBill(yuan: 600)],
                DemoText("报销兽医诊疗费¥600，免除本次美容费¥180，由门店出具书面致歉信；该美容师暂停耳部修剪，重新培训合格后再上岗。",
                         "We reimburse the vet bill of ¥600, waive the ¥180 grooming fee and send a written apology from the branch; the groomer stops trimming ears until retrained.")),
            followUp: .reached(score: 3, comment: DemoText(
                "伤口长好了，钱也收到了。就是希望以后出了事，第一时间告诉我。",
                "The ear has healed and the money arrived. I just want to be told straight away if anything happens."))),

        DemoCase(
            "groom-late-start", .grooming, .promiseBroken, .general,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .store, .chat],
            complaint: DemoText(
                "约的上午十点，我准点到的，结果等了一个半小时才轮到{pet}，中间也没人过来说一声。",
                "We were booked for ten and arrived on time, but {pet} waited an hour and a half before the groom started, and nobody came to say why."),
            findings: DemoText(
                "当天一名美容师临时请病假，门店没有调整预约，也没有通知已预约的客户。",
                "One groomer called in sick that day; the branch kept every booking and told none of the customers."),
            notes: [DemoText("门店承认当天排班出了问题，人手不够还照常接单。",
                             "The branch admits the rota went wrong that day: short of staff, it took every booking anyway.")],
            resolution: DemoResolution(
                [DemoRemedy(.voucher, yuan: 50)],
                DemoText("向客户道歉，赠送¥50代金券，下次到店可直接使用；门店今后人手不足时，提前打电话给客户改约。",
                         "Apologised and gave a ¥50 voucher for the next visit; when short of staff the branch will now ring customers ahead to rebook.")),
            followUp: .reached(score: 5, comment: DemoText(
                "代金券收到了，道歉也挺诚恳的。", "Got the voucher, and the apology sounded sincere."))),

        DemoCase(
            "groom-shouted-at-pet", .grooming, .attitude, .general, harm: .distress,
            pets: [.dog, .cat], channels: [.store, .phone],
            complaint: DemoText(
                "美容师嫌{pet}乱动，当着我的面大声吼它，{pet}吓得直发抖。花钱来洗个澡，犯得着这样吗？",
                "The groomer complained that {pet} wouldn't keep still and shouted at the poor thing right in front of me; {pet} was shaking with fright. We paid for a bath, not for that."),
            findings: DemoText(
                "店内监控有录音，美容师确实大声呵斥了宠物，没有动手，宠物没有受伤。美容师承认当天情绪失控。",
                "The shop's CCTV has sound: the groomer did shout at the pet but did not handle it roughly, and the pet was not hurt. The groomer admits losing their temper that day."),
            notes: [
                DemoText("客户说{pet}回家后一晚上躲在床底下，怎么叫都不出来。",
                         "The customer says {pet} hid under the bed all evening and would not come out."),
                DemoText("门店已安排这位美容师当面向客户道歉。", "The branch has arranged for the groomer to apologise in person."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.apology)],
                DemoText("美容师当面道歉，门店打电话说明处理结果：该美容师参加服务礼仪培训；{pet}下次美容换一位安抚经验多的美容师。",
                         "The groomer apologised in person and the branch rang to explain: the groomer will retrain in customer care, and next time a groomer experienced with nervous pets will look after {pet}.")),
            followUp: .reached(score: 4, comment: DemoText(
                "{pet}这次去没那么怕了，换的美容师很耐心。", "{pet} wasn't so scared this time; the new groomer was very patient."))),

        DemoCase(
            "groom-dryer-burn-posted", .grooming, .healthSafety, .critical, harm: .injured,
            pets: [.dog, .cat], channels: [.social],
            complaint: DemoText(
                "{pet}洗澡的时候被吹风机烫伤了一块，我打了三次电话，店里每次都说“再看看”。现在照片我已经发到微博上了，你们还是不理不睬！",
                "{pet} was burned by the dryer during a bath. I rang the shop three times and every time they said they'd look into it. I've posted the photos online now, and you still ignore me!"),
            findings: DemoText(
                "吹水时烘干机温度设得过高、吹的时间过长，造成背部约两厘米的烫伤；客户前三次来电门店都没有登记，也没有上报。",
                "The dryer was set too hot and left on too long, leaving a burn about two centimetres across on the back. The branch logged none of the customer's three calls and reported nothing."),
            notes: [
                DemoText("已在微博私信客户，留了我的电话，约好今天下午通话。",
                         "Messaged the customer on the platform with my direct number; we agreed to talk this afternoon."),
                DemoText("门店三次来电都没登记。已要求门店今后每个投诉电话都当场登记。",
                         "The branch logged none of the three calls. They must now log every complaint call as it comes in."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.waiver, yuan: 220), .vetBill(yuan: 850)],
                DemoText("报销烫伤治疗费¥850，免除本次洗护费¥220，门店出具书面致歉；烘干机加装温控，洗护员重新培训。",
                         "We reimburse the ¥850 burn treatment, waive the ¥220 bath fee and send the branch's written apology; the dryers get thermostats and the bathing staff retrain.")),
            followUp: .reached(score: 1, comment: DemoText(
                "钱是赔了，可要不是我发微博，根本没人管。", "You paid up, but if I hadn't posted online nobody would have done a thing.")),
            reopen: DemoText(
                "客户回电说{pet}的伤口又红又肿，医生要求复查，客户要求门店承担复查费用。",
                "The customer called back: the burn is red and swollen again and the vet wants to see {pet}; they ask the shop to pay for the visit."),
            mediation: DemoText(
                "客户要求另外赔偿精神损失，双方金额差距太大，同意交由消费者协会调解。",
                "The customer also asks for compensation for distress; we are too far apart on the sum, and both agree to take it to the consumer association.")),

        DemoCase(
            "groom-extras-not-asked", .grooming, .price, .general,
            pets: [.dog, .cat], channels: [.store, .phone, .chat],
            complaint: DemoText(
                "洗澡前说好的¥120，结账变成了¥260，说是加了药浴和去毛结。加之前根本没人问过我！",
                "We were quoted ¥120 for a bath and charged ¥260 at the till: they'd added a medicated bath and de-matting. Nobody asked me first!"),
            findings: DemoText(
                "美容师发现毛结后，直接加做了去毛结和药浴，没有先征得客户同意；门店价目表上也没写加项的价格。",
                "The groomer found mats and added de-matting and a medicated bath without asking the customer; the shop's price list does not show what the extras cost."),
            notes: [DemoText("客户也同意毛结确实该处理，只是不接受没问过就加钱。",
                             "The customer agrees the mats needed doing, but not being charged for extras nobody asked about.")],
            resolution: DemoResolution(
                [DemoRemedy(.partialRefund, yuan: 140)],
                DemoText("退还加项费用¥140，按原报价¥120收费；门店价目表补上加项价格，今后加项前必须先问客户。",
                         "Refunded the ¥140 of extras, charging the quoted ¥120; the price list now shows the extras, and staff must ask before adding one.")),
            followUp: .reached(score: 5, comment: DemoText(
                "退得很痛快。以后加项先问一声就好。", "The refund was quick. Just ask before adding anything next time."))),

        DemoCase(
            "groom-elderly-hung-up", .grooming, .attitude, .general,
            pets: [.dog, .cat], channels: [.phone], needs: .elderly,
            complaint: DemoText(
                "我七十多了，不会弄手机上那个小程序。打电话想给{pet}约个洗澡，店员让我自己上小程序约，我话还没说完就把电话挂了。",
                "I'm in my seventies and can't work the booking app. I rang to book {pet} a bath, the assistant told me to use the app myself and hung up before I'd finished."),
            findings: DemoText(
                "门店电话录音核实，店员以“只接受小程序预约”为由挂断了电话；而门店规定本来就接受电话预约。",
                "The branch's call recording confirms the assistant said bookings were app-only and hung up; the branch's own rules take bookings by phone."),
            notes: [DemoText("客户年纪大，电话里放慢语速，已帮客户电话约好周六上午给{pet}洗澡。",
                             "The customer is elderly: spoke slowly on the phone, and booked {pet} in for Saturday morning.")],
            resolution: DemoResolution(
                [DemoRemedy(.apology), DemoRemedy(.addedService)],
                DemoText("店员打电话向客户道歉；已替客户电话约好周六上午洗澡，并免费剪一次指甲。门店重申：电话预约一律受理，老年客户可由店员代约。",
                         "The assistant rang to apologise; we booked the Saturday-morning bath by phone and added a free nail trim. The branch is reminded that phone bookings are always taken, and staff book for older customers.")),
            followUp: .reached(score: 5, comment: DemoText(
                "小姑娘后来很客气，还帮我把下次的时间记下来了。", "The young woman was very polite afterwards and even wrote down my next appointment for me."))),

        DemoCase(
            "groom-skin-infection", .grooming, .healthSafety, .serious, harm: .ill,
            pets: [.dog, .cat], channels: [.phone, .chat, .store],
            complaint: DemoText(
                "洗完澡第三天，{pet}背上和肚子上起了一片红疹子，一直在挠。宠物医院说是细菌性皮肤感染，医生第一句就问最近是不是去洗过澡。",
                "Three days after the bath {pet} came out in red spots on the back and belly and won't stop scratching. The vet says it's a bacterial skin infection, and the first thing she asked was whether {pet} had been bathed lately."),
            findings: DemoText(
                "门店消毒记录显示，当周浴缸和吹水台有两天没有消毒；天热潮湿，毛巾也没有做到一宠一换。同一周还有其他客户反映宠物洗澡后皮肤出问题。",
                "The branch's cleaning log shows the tubs and drying tables went unsanitised on two days that week; in the heat and damp, towels were not changed between pets. Other customers reported skin trouble after baths the same week."),
            notes: [
                DemoText("请客户把宠物医院的诊断和药费单据拍照发过来。", "Asked the customer to send photos of the vet's diagnosis and the bill for the medicine."),
                DemoText("已要求门店即日起每只宠物洗完都消毒浴缸，毛巾一宠一换，店长每天检查消毒记录。",
                         "The branch now sanitises the tub after every pet and uses fresh towels for each; the manager checks the cleaning log daily."),
            ],
            resolution: DemoResolution(
                [.vetBill(yuan: 420), DemoRemedy(.waiver, yuan: 150)],
                DemoText("报销皮肤病诊疗和药费¥420，免除这次洗澡费¥150，并书面致歉；{pet}康复后如需再洗，免费做一次药浴。",
                         "We reimburse the ¥420 for the vet and the medicine, waive the ¥150 bath fee and apologise in writing; once {pet} has healed, the next bath is a free medicated one.")),
            followUp: .reached(score: 4, comment: DemoText(
                "红疹子消了，药费也收到了。你们消毒一定要做到位。", "The spots have cleared and the money for the medicine arrived. Do keep up the cleaning."))),
    ]
}
