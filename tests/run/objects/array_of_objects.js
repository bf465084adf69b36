// Arrays of objects and objects holding arrays.
var inventory = [];
function add(name, qty) { inventory.push({ name: name, qty: qty }); }
add("bolt", 10); add("nut", 25); add("gear", 3);
var total = 0;
for (var i = 0; i < inventory.length; i++) total += inventory[i].qty;
console.log(total);
inventory[1].qty -= 5;
console.log(inventory[1].name, inventory[1].qty);
var shop = { items: inventory, owner: "zed" };
console.log(shop.items[2].name, shop.items.length, shop.owner);
shop.items.push({ name: "cog", qty: 1 });
console.log(inventory.length);
