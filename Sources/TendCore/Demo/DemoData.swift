/// Word pools for demo desks, in both languages. Every line here is our own invention.
enum DemoData {
    struct Complaint {
        let service: ServiceLine
        let cause: Cause
        let grade: Grade
        let zh: String
        let en: String
        /// What happened to the pet (it sets the least grade the complaint is taken in with).
        var harm: Harm = .none
    }

    static let zhSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"]
    static let zhGiven = ["小明", "丽", "伟", "芳", "娜", "敏", "静", "磊", "洋", "婷", "雪", "晨", "浩", "欣怡", "子涵", "佳怡", "宇轩", "梓萱", "一诺", "思远"]
    static let enFirst = ["Alice", "Ben", "Chloe", "David", "Emma", "Frank", "Grace", "Henry", "Isla", "Jack", "Kate", "Leo", "Mia", "Noah", "Olivia", "Paul", "Ruby", "Sam", "Tom", "Zoe"]
    static let enLast = ["Smith", "Brown", "Chen", "Wilson", "Taylor", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Green"]
    static let zhPets = ["豆豆", "球球", "旺财", "小白", "咪咪", "可乐", "布丁", "花花", "年糕", "团子", "大黄", "小黑", "糯米", "汤圆"]
    static let enPets = ["Biscuit", "Max", "Luna", "Bella", "Charlie", "Coco", "Milo", "Daisy", "Rocky", "Teddy", "Pepper", "Oscar", "Maple", "Rosie"]
    /// (species zh, species en, breed zh, breed en)
    static let breeds: [(String, String, String, String)] = [
        ("狗", "dog", "泰迪", "Poodle"), ("狗", "dog", "金毛", "Golden Retriever"), ("狗", "dog", "柯基", "Corgi"),
        ("狗", "dog", "柴犬", "Shiba Inu"), ("狗", "dog", "比熊", "Bichon Frise"), ("猫", "cat", "英短", "British Shorthair"),
        ("猫", "cat", "布偶", "Ragdoll"), ("猫", "cat", "橘猫", "Ginger tabby"), ("兔", "rabbit", "垂耳兔", "Holland Lop"),
    ]
    static let branches = ["朝阳店", "海淀店", "浦东店", "天河店", "Riverside", "Harbour Road"]

    static let complaints: [Complaint] = [
        Complaint(service: .grooming, cause: .expectation, grade: .significant,
                  zh: "美容后{pet}的毛剪得太短，和预约时说的造型完全不一样。", en: "{pet}'s coat was cut far shorter than the style we booked."),
        Complaint(service: .grooming, cause: .healthSafety, grade: .critical,
                  zh: "洗护时{pet}的耳朵被剪破了，店里没有主动告知。", en: "{pet} came back with a nick on the ear and nobody told us.", harm: .injured),
        Complaint(service: .grooming, cause: .promiseBroken, grade: .general,
                  zh: "预约上午十点，等了一个半小时才开始洗护。", en: "We waited ninety minutes past our booking before the groom started."),
        Complaint(service: .grooming, cause: .attitude, grade: .general,
                  zh: "美容师态度很差，一直抱怨我家狗难弄。", en: "The groomer was curt and kept saying my dog was difficult."),
        Complaint(service: .boarding, cause: .unmetNeeds, grade: .general,
                  zh: "寄养五天没有收到任何照片或视频，完全不知道{pet}的情况。", en: "Five days of boarding and not one photo or update about {pet}."),
        Complaint(service: .boarding, cause: .healthSafety, grade: .serious,
                  zh: "接回来后{pet}开始咳嗽，怀疑在寄养时被传染。", en: "{pet} started coughing after boarding; we think it caught something there.", harm: .ill),
        Complaint(service: .boarding, cause: .price, grade: .general,
                  zh: "寄养结账比预订时报的价格多了两百元。", en: "The boarding bill was ¥200 more than the price we were quoted."),
        Complaint(service: .boarding, cause: .healthSafety, grade: .critical,
                  zh: "寄养期间{pet}从围栏跑丢了，至今没有找到。", en: "{pet} got out of the boarding pen and is still missing.", harm: .lost),
        Complaint(service: .training, cause: .expectation, grade: .general,
                  zh: "训练课上了六节，{pet}还是会扑人，和宣传效果差太远。", en: "Six training sessions and {pet} still jumps at people; nothing like what was advertised."),
        Complaint(service: .training, cause: .communication, grade: .general,
                  zh: "训练师临时取消课程，没有提前通知。", en: "The trainer cancelled the session at the last minute without telling us."),
        Complaint(service: .medical, cause: .healthSafety, grade: .serious,
                  zh: "{pet}打完疫苗后呕吐，打电话到医院一直没人回复。", en: "{pet} vomited after the vaccination and nobody at the clinic returned our calls.", harm: .ill),
        Complaint(service: .medical, cause: .technicalError, grade: .significant,
                  zh: "账单上多收了一次没有做过的检查费用。", en: "The bill charged for an examination that was never done."),
        Complaint(service: .medical, cause: .communication, grade: .general,
                  zh: "医生讲了很多专业术语，没有解释清楚{pet}的病情。", en: "The vet used jargon and never explained {pet}'s condition clearly."),
        Complaint(service: .medical, cause: .healthSafety, grade: .critical,
                  zh: "{pet}做完手术第二天就走了，医院没有给出任何解释。", en: "{pet} died the day after surgery and the clinic has given no explanation.", harm: .died),
        Complaint(service: .retail, cause: .serviceQuality, grade: .general,
                  zh: "网上买的猫粮包装破损，撒了一箱。", en: "The bag of cat food we ordered online arrived torn open."),
        Complaint(service: .retail, cause: .price, grade: .general,
                  zh: "店员推荐的进口零食比别家贵很多，感觉被推销了。", en: "Staff pushed imported treats that cost far more than anywhere else."),
        Complaint(service: .retail, cause: .technicalError, grade: .general,
                  zh: "会员积分一直没有到账。", en: "My loyalty points never appeared on my account."),
        Complaint(service: .retail, cause: .promiseBroken, grade: .significant,
                  zh: "说好三天内送达的处方粮，一周了还没到。", en: "The prescription food promised within three days still has not arrived after a week."),
        Complaint(service: .other, cause: .communication, grade: .general,
                  zh: "客服电话一直占线，投诉了三次都没人跟进。", en: "The helpline is always busy; I complained three times and nobody followed up."),
        Complaint(service: .other, cause: .specialRequest, grade: .general,
                  zh: "需要为听障家人安排手语翻译，门店说做不到。", en: "I asked for a sign-language interpreter for my father and the store said no."),
        Complaint(service: .other, cause: .other, grade: .serious,
                  zh: "我的手机号和地址被泄露，最近收到很多推销电话。", en: "My phone number and address were leaked and I now get sales calls every day."),
        Complaint(service: .grooming, cause: .attitude, grade: .critical,
                  zh: "已经把{pet}受伤的照片发到微博，店里还是不理不睬。", en: "I posted photos of {pet}'s injury online and the shop still ignores me.", harm: .injured),
    ]

    static let findings = [
        ("监控和员工陈述核实了客户所说的情况。", "CCTV and staff statements confirm the customer's account."),
        ("预约记录显示沟通时漏记了客户的要求。", "The booking record shows the customer's request was never written down."),
        ("账单系统重复计费，已定位原因。", "The billing system charged twice; the cause is found."),
        ("服务流程没有按标准执行，需要培训。", "The service did not follow our standard procedure; staff need retraining."),
    ]

    static let notes = [
        ("客户情绪较激动，已安抚并承诺今天内回电。", "Customer was upset; calmed them and promised a call back today."),
        ("已调取当天监控，等待门店店长确认。", "Requested the day's CCTV; waiting for the branch manager."),
        ("客户希望书面道歉。", "Customer would like a written apology."),
    ]

    static let specialNeeds = [
        ("高龄客户，书面材料请用大字版。", "Elderly customer: large-print letters please."),
        ("听障客户，面谈需安排手语翻译。", "Hearing impaired: arrange a sign-language interpreter for meetings."),
        ("行动不便，请上门或电话沟通。", "Limited mobility: visit or call rather than asking them to come in."),
    ]
}
