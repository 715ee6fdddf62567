/*
 * The demo hotel's menus: a Chinese restaurant, a lobby bar and in-room dining. Data only.
 */
import type { Course, Station } from '../menu/menu.rules';

/** [name, category, price in major units, specialty (特色菜), available] */
export type DemoItem = [string, string, number, boolean?, boolean?];

export const CHINESE_RESTAURANT: DemoItem[] = [
  ['Smashed Cucumber 拍黄瓜', 'Cold Dishes', 28],
  ['Drunken Chicken 绍兴醉鸡', 'Cold Dishes', 58],
  ['Sweet-scented Osmanthus Lotus Root 桂花糖藕', 'Cold Dishes', 38],
  ['West Lake Vinegar Fish 西湖醋鱼', 'Mains', 168, true],
  ['Dongpo Pork 东坡肉', 'Mains', 88, true],
  ['Longjing Shrimp 龙井虾仁', 'Mains', 138, true],
  ["Beggar's Chicken 叫化童鸡", 'Mains', 198, true],
  ['Sweet and Sour Spare Ribs 糖醋排骨', 'Mains', 78],
  ['Stir-fried Seasonal Greens 清炒时蔬', 'Mains', 42],
  ['West Lake Beef Soup 西湖牛肉羹', 'Soups', 48],
  ['Yangzhou Fried Rice 扬州炒饭', 'Staples', 48],
  ['Steamed Rice 米饭', 'Staples', 6],
  ['Longjing Tea (pot) 龙井茶', 'Drinks', 68],
  ['Shaoxing Rice Wine (bottle) 绍兴黄酒', 'Drinks', 128],
];

export const LOBBY_BAR: DemoItem[] = [
  ['Espresso', 'Coffee & Tea', 38],
  ['Cappuccino', 'Coffee & Tea', 45],
  ['Café Latte', 'Coffee & Tea', 45],
  ['Afternoon Tea Set for Two 下午茶套餐', 'Coffee & Tea', 298, true],
  ['Osmanthus Old Fashioned 桂花古典', 'Cocktails', 98, true],
  ['Mojito', 'Cocktails', 88],
  ['Negroni', 'Cocktails', 88],
  ['Tsingtao Draught Beer 青岛生啤', 'Beer & Wine', 48],
  ['House Red Wine (glass)', 'Beer & Wine', 78],
  ['Fresh Orange Juice', 'Soft Drinks', 42],
  ['Club Sandwich', 'Bar Bites', 88],
  ['Truffle Fries', 'Bar Bites', 58],
  ['Mixed Nuts', 'Bar Bites', 38],
  ['New York Cheesecake', 'Bar Bites', 52, false, false],
];

export const ROOM_SERVICE: DemoItem[] = [
  ['American Breakfast', 'Breakfast', 128],
  ['Chinese Breakfast 中式早餐 (congee, dim sum)', 'Breakfast', 98],
  ['Shrimp Wonton Noodle Soup 鲜虾云吞面', 'Mains', 68, true],
  ['Kung Pao Chicken with Rice 宫保鸡丁饭', 'Mains', 78],
  ['Wagyu Beef Burger', 'Mains', 158, true],
  ['Spaghetti Bolognese', 'Mains', 88],
  ['Margherita Pizza', 'Mains', 98],
  ['Caesar Salad', 'Starters', 68],
  ['Club Sandwich', 'Starters', 88],
  ['Seasonal Fruit Platter 时令水果拼盘', 'Desserts', 68],
  ['Chocolate Lava Cake', 'Desserts', 58],
  ['Mineral Water', 'Drinks', 28],
  ['Coca-Cola', 'Drinks', 25],
  ['Tsingtao Beer 青岛啤酒', 'Drinks', 38],
];

/** The course each category is fired with and the station that prepares it. */
export const KITCHEN_OF: Record<string, [Course, Station]> = {
  'Cold Dishes': ['STARTER', 'COLD'],
  Starters: ['STARTER', 'COLD'],
  Soups: ['STARTER', 'HOT'],
  Mains: ['MAIN', 'HOT'],
  Staples: ['MAIN', 'HOT'],
  Breakfast: ['MAIN', 'HOT'],
  'Bar Bites': ['STARTER', 'COLD'],
  Desserts: ['DESSERT', 'PASTRY'],
  'Coffee & Tea': ['DRINK', 'BAR'],
  Cocktails: ['DRINK', 'BAR'],
  'Beer & Wine': ['DRINK', 'BAR'],
  'Soft Drinks': ['DRINK', 'BAR'],
  Drinks: ['DRINK', 'BAR'],
};

/** Demo recipes by inventory SKU (the inventory demo's items), quantities in stock units per portion. */
export const DEMO_RECIPES: Record<string, [string, number][]> = {
  'Yangzhou Fried Rice 扬州炒饭': [
    ['IN-RICE', 0.15],
    ['IN-EGGS', 2],
    ['IN-PEANUT-OIL', 0.02],
  ],
  'Steamed Rice 米饭': [['IN-RICE', 0.1]],
  'Shrimp Wonton Noodle Soup 鲜虾云吞面': [
    ['IN-FLOUR', 0.12],
    ['IN-EGGS', 1],
  ],
  'American Breakfast': [
    ['IN-EGGS', 2],
    ['IN-MILK', 0.2],
  ],
  'Wagyu Beef Burger': [
    ['IN-BEEF-TENDERLOIN', 0.18],
    ['IN-FLOUR', 0.08],
  ],
  Espresso: [['IN-COFFEE-BEANS', 0.018]],
  Cappuccino: [
    ['IN-COFFEE-BEANS', 0.018],
    ['IN-MILK', 0.15],
  ],
  'Café Latte': [
    ['IN-COFFEE-BEANS', 0.018],
    ['IN-MILK', 0.2],
  ],
  'Tsingtao Beer 青岛啤酒': [['RT-TSINGTAO-330', 1]],
  'Mineral Water': [['RT-WATER-550', 1]],
  'Coca-Cola': [['RT-COLA-330', 1]],
};
