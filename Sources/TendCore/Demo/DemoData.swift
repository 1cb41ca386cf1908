/// Names for demo desks, in both languages: customers, pets and breeds. The stories themselves are
/// `DemoCases`. Every line here is our own invention.
enum DemoData {
    static let zhSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"]
    static let zhGiven = ["小明", "丽", "伟", "芳", "娜", "敏", "静", "磊", "洋", "婷", "雪", "晨", "浩", "欣怡", "子涵", "佳怡", "宇轩", "梓萱", "一诺", "思远"]
    static let enFirst = ["Alice", "Ben", "Chloe", "David", "Emma", "Frank", "Grace", "Henry", "Isla", "Jack", "Kate", "Leo", "Mia", "Noah", "Olivia", "Paul", "Ruby", "Sam", "Tom", "Zoe"]
    static let enLast = ["Smith", "Brown", "Chen", "Wilson", "Taylor", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Green"]
    static let zhPets = ["豆豆", "球球", "旺财", "小白", "咪咪", "可乐", "布丁", "花花", "年糕", "团子", "大黄", "小黑", "糯米", "汤圆"]
    static let enPets = ["Biscuit", "Max", "Luna", "Bella", "Charlie", "Coco", "Milo", "Daisy", "Rocky", "Teddy", "Pepper", "Oscar", "Maple", "Rosie"]
    static let breeds: [(species: DemoSpecies, zh: String, en: String)] = [
        (.dog, "泰迪", "Poodle"), (.dog, "金毛", "Golden Retriever"), (.dog, "柯基", "Corgi"),
        (.dog, "柴犬", "Shiba Inu"), (.dog, "比熊", "Bichon Frise"), (.cat, "英短", "British Shorthair"),
        (.cat, "布偶", "Ragdoll"), (.cat, "橘猫", "Ginger tabby"), (.rabbit, "垂耳兔", "Holland Lop"),
    ]
}
