// Uncaught TypeError reading a property of null.
const settings = { theme: null };
console.log("theme is", settings.theme);
console.log(settings.theme.color);
