extension DemoCases {
    static let retail: [DemoCase] = [
        DemoCase(
            "shop-cat-food-torn", .retail, .serviceQuality, .general,
            pets: [.cat], channels: [.chat, .email], place: .onlineShop,
            complaint: DemoText(
                "网上买的猫粮送到的时候，袋子破了个大口子，撒了一箱子。剩下的我也不敢给{pet}吃了。",
                "The bag of cat food I ordered online arrived with a big split in it, spilled all over the box. I daren't give {pet} what's left."),
            findings: DemoText(
                "快递签收照片显示外箱一角被压扁；仓库发货时猫粮直接装箱，没有加气泡膜。同一批发货中另有两单破损。",
                "The courier's delivery photo shows a crushed corner on the box; the warehouse packed the bag without bubble wrap. Two other orders in the same dispatch arrived torn."),
            notes: [
                DemoText("客户发来了开箱照片，已转给仓库和快递公司。", "The customer sent photos of the opened box; forwarded to the warehouse and the courier."),
                DemoText("快递公司承认运输途中挤压，同意承担这一单的损失。",
                         "The courier admits the box was crushed in transit and will bear the loss on this order."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.redo)],
                DemoText("当天补发一袋同款猫粮，破损的那袋不用寄回；仓库发货改为袋装外加气泡膜。",
                         "Sent a replacement bag of the same food the same day; the torn one need not be returned. The warehouse now wraps bags in bubble wrap before boxing them.")),
            followUp: .reached(score: 5, comment: DemoText(
                "新的一袋包得很严实，{pet}吃得挺香。", "The new bag came well wrapped, and {pet} is tucking in."))),

        DemoCase(
            "shop-treats-upsold", .retail, .price, .general,
            pets: [.dog, .cat], channels: [.store, .social],
            complaint: DemoText(
                "店员一个劲儿给我推进口零食，说{pet}吃了毛色会变好。结账一看一小袋¥168，网上同款才九十多。感觉就是被推销了。",
                "The assistant kept pushing imported treats, saying they'd make {pet}'s coat shine. At the till one small bag was ¥168; the same bag is about ¥90 online. I felt I'd been sold to."),
            findings: DemoText(
                "该零食门店价与厂家指导价一致，网上价格是电商促销价；店员介绍时夸大了“改善毛色”的效果，门店对店员有按销量提成的规定。",
                "The shop's price matches the maker's list price; the online price was a promotion. The assistant overstated the \"shinier coat\" claim, and the shop pays staff commission on sales."),
            notes: [DemoText("零食没有开封，可以退。", "The treats are unopened and can be taken back.")],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 168)],
                DemoText("未开封零食全额退款¥168；门店提醒店员介绍商品不得夸大效果。",
                         "Full refund of ¥168 for the unopened treats; staff are reminded not to overstate what a product does.")),
            followUp: .reached(score: 4, comment: DemoText(
                "退了就行。以后别硬推了。", "The refund's fine. Just don't push so hard."))),

        DemoCase(
            "shop-points-missing", .retail, .technicalError, .general,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .chat, .email],
            complaint: DemoText(
                "上个月在店里花了八百多，会员积分到现在一分都没到账。问了两次，都说是系统问题。",
                "I spent over ¥800 in the shop last month and my loyalty points still haven't appeared. I asked twice and was told both times it's a system problem."),
            findings: DemoText(
                "门店收银机会员接口升级后有两周没有同步，共三百多单积分未入账，已由技术部补录。",
                "After an upgrade the branch's tills did not sync with the loyalty system for two weeks; over three hundred orders' points were missing, and IT has now added them."),
            notes: [DemoText("技术部确认补录完成，客户账户里已经能看到积分。", "IT confirms the points are in; the customer's account shows them now.")],
            resolution: DemoResolution(
                [DemoRemedy(.apology), DemoRemedy(.addedService)],
                DemoText("积分已补录到账，另赠200积分表示歉意；前两次答复“系统问题”后没有跟进，已向客户道歉。",
                         "The points are now on the account, with 200 extra points by way of apology; we apologised that the two earlier \"system problem\" answers were never followed up.")),
            followUp: .unreachable(note: DemoText(
                "电话无人接听，已发短信告知积分已到账。", "No answer; sent a text to say the points are on the account."))),

        DemoCase(
            "shop-prescription-food-late", .retail, .promiseBroken, .significant,
            pets: [.dog, .cat], channels: [.phone, .chat, .email], place: .onlineShop,
            complaint: DemoText(
                "说好三天内送到的处方粮，一个星期了还没到。{pet}的粮快吃完了，医生交代过不能断。",
                "The prescription food promised within three days still hasn't come after a week. {pet} is nearly out, and the vet said not to run out."),
            findings: DemoText(
                "该处方粮厂家断货，但订单页面仍显示“三天送达”；客服接单时没有查库存，也没有通知客户。",
                "The maker was out of stock, but the order page still said \"delivered in three days\"; customer service took the order without checking stock and never told the customer."),
            notes: [DemoText("已从滨江店调了两袋，今天下午安排专人送到客户家。",
                             "Found two bags at the Riverside branch; someone will bring them to the customer's home this afternoon.")],
            resolution: DemoResolution(
                [DemoRemedy(.voucher, yuan: 50), DemoRemedy(.addedService)],
                DemoText("从门店调货，当天送货上门、免运费，另送¥50代金券；缺货商品的订单页面改为显示实际到货时间。",
                         "Brought food from a branch to the door the same day with no delivery charge, plus a ¥50 voucher; out-of-stock items now show the real delivery date on the order page.")),
            followUp: .reached(score: 5, comment: DemoText(
                "当天就送来了，救了急，谢谢。", "It came the same day and got us out of a fix. Thank you."))),

        DemoCase(
            "shop-elderly-auto-renewal", .retail, .price, .serious,
            pets: [.dog, .cat, .rabbit], channels: [.phone, .store], needs: .elderly,
            complaint: DemoText(
                "我七十多岁了，去年办的会员卡，今年自动扣了我¥398续费，谁也没跟我说过会自动续。那些小字我一个老年人哪看得清？",
                "I'm over seventy. I took out a membership card last year, and this year ¥398 was taken to renew it. Nobody told me it renews itself. How is someone my age meant to read that small print?"),
            findings: DemoText(
                "办卡时店员替客户勾选了“自动续费”，没有向客户说明；按规定续费前应发短信提醒，系统没有发送。",
                "The assistant ticked \"auto-renew\" for the customer when the card was issued and did not explain it; a reminder text is required before renewal, and the system never sent one."),
            notes: [
                DemoText("客户听力不太好，电话里放慢语速，一件事说两遍。", "The customer is hard of hearing: on the phone, speak slowly and say each thing twice."),
                DemoText("已取消自动续费，退款申请已提交。", "Auto-renewal is cancelled and the refund request is in."),
            ],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 398), DemoRemedy(.apology)],
                DemoText("全额退还续费¥398，取消自动续费，大字版书面致歉信寄到客户家；今后办卡开通自动续费须客户本人签字。",
                         "Full refund of the ¥398 renewal, auto-renewal cancelled, and a written apology in large print posted to the customer's home; auto-renewal now needs the customer's own signature.")),
            followUp: .reached(score: 5, comment: DemoText(
                "钱退回来了。信上的字大，我看得清楚。", "I got the money back, and the letter's print was big enough for me to read."))),

        DemoCase(
            "shop-rabbit-sold-sick", .retail, .healthSafety, .serious, harm: .ill,
            pets: [.rabbit], channels: [.store, .phone, .social],
            complaint: DemoText(
                "在你们店买的兔子{pet}，带回家第三天就开始拉稀、不吃东西。医生说是球虫病，买之前就带着的。",
                "We bought {pet} from your shop, and on the third day at home the diarrhoea started and {pet} stopped eating. The vet says coccidiosis, which {pet} had before we bought it."),
            findings: DemoText(
                "同笼的另外两只兔子球虫检测呈阳性；门店出售前没有做粪检。门店的健康承诺写明，七日内患病可退可换。",
                "Two rabbits from the same cage tested positive for coccidia; the shop did no stool test before selling. The shop's health guarantee covers illness within seven days: a refund or an exchange."),
            notes: [DemoText("客户不想退兔子，已经有感情了，只希望把{pet}治好。",
                             "The customer doesn't want to give {pet} back, they are attached already, and just want {pet} well.")],
            resolution: DemoResolution(
                [DemoRemedy(.refund, yuan: 380), .vetBill(yuan: 560)],
                DemoText("按健康承诺退还购兔款¥380，报销球虫病治疗费¥560，{pet}由客户继续饲养；门店活体出售前一律粪检，同笼兔子隔离治疗。",
                         "Under the health guarantee we refund the ¥380 paid for {pet} and reimburse the ¥560 treatment, and {pet} stays with the family. Every animal is now stool-tested before sale, and the rest of that cage is being treated in isolation.")),
            followUp: .reached(score: 4, comment: DemoText(
                "{pet}已经能吃能跳了，谢谢医生。", "{pet} is eating and hopping about again. Thanks to the vet."))),
    ]
}
