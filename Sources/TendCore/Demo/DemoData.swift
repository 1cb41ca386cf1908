/// Names for demo desks, in both languages: customers, pets and breeds, enough of them that two
/// customers of a year's desk seldom share a name and a pet's name. The stories themselves are
/// `DemoCases`. Every line here is our own invention.
enum DemoData {
    static let zhSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡"]
    static let zhGiven = ["小明", "丽", "伟", "芳", "娜", "敏", "静", "磊", "洋", "婷", "雪", "晨", "浩", "欣怡", "子涵", "佳怡", "宇轩", "梓萱", "一诺", "思远", "建国", "秀英", "桂英", "志强", "海燕", "文博", "俊杰", "雨涵", "诗琪", "梓涵", "浩然", "子轩", "若曦", "嘉怡", "明轩", "晓东", "丽娟", "春梅", "国强", "建华", "玉兰", "志伟", "秀兰", "红梅", "亮", "勇", "军", "杰", "涛", "斌", "超", "霞", "萍", "红", "燕", "玲", "鑫", "琳", "颖", "倩"]
    static let enFirst = ["Alice", "Ben", "Chloe", "David", "Emma", "Frank", "Grace", "Henry", "Isla", "Jack", "Kate", "Leo", "Mia", "Noah", "Olivia", "Paul", "Ruby", "Sam", "Tom", "Zoe", "Adam", "Amelia", "Beth", "Caleb", "Clara", "Daniel", "Ella", "Ethan", "Fiona", "George", "Hannah", "Harry", "Ivy", "James", "Jade", "Kevin", "Laura", "Liam", "Lucy", "Mark", "Molly", "Nathan", "Nina", "Oliver", "Owen", "Peter", "Poppy", "Rachel", "Ryan", "Sophie", "Sarah", "Simon", "Thomas", "Una", "Victor", "Will", "Yasmin", "Zara", "Arthur", "Evie"]
    static let enLast = ["Smith", "Brown", "Chen", "Wilson", "Taylor", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Green", "Johnson", "Davies", "Evans", "Lewis", "Roberts", "Jones", "Williams", "Patel", "Wood", "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Scott", "Harris", "Ward", "Baker", "Morris", "Cooper", "Bell", "Kelly", "Price", "Bennett", "Reid", "Murray", "Shaw"]
    static let zhPets = ["豆豆", "球球", "旺财", "小白", "咪咪", "可乐", "布丁", "花花", "年糕", "团子", "大黄", "小黑", "糯米", "汤圆", "奶茶", "毛毛", "乐乐", "多多", "妞妞", "贝贝", "点点", "皮皮", "壮壮", "闹闹", "甜甜", "米粒", "芝麻", "馒头", "土豆", "橘子"]
    static let enPets = ["Biscuit", "Max", "Luna", "Bella", "Charlie", "Coco", "Milo", "Daisy", "Rocky", "Teddy", "Pepper", "Oscar", "Maple", "Rosie", "Buddy", "Lola", "Bailey", "Pip", "Toby", "Willow", "Ziggy", "Nala", "Archie", "Waffles", "Jasper", "Honey", "Murphy", "Olive", "Bruno", "Hazel"]
    static let breeds: [(species: DemoSpecies, zh: String, en: String)] = [
        (.dog, "泰迪", "Poodle"), (.dog, "金毛", "Golden Retriever"), (.dog, "柯基", "Corgi"),
        (.dog, "柴犬", "Shiba Inu"), (.dog, "比熊", "Bichon Frise"), (.cat, "英短", "British Shorthair"),
        (.cat, "布偶", "Ragdoll"), (.cat, "橘猫", "Ginger tabby"), (.rabbit, "垂耳兔", "Holland Lop"),
    ]
}
