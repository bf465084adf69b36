// Functions with own enumerable properties print them after the name.
function withProps() {}
withProps.a = 1;
withProps.b = "x";
console.log(withProps);
console.log({ withProps: withProps });
console.log([withProps]);
console.log({ a: { b: { c: withProps } } });
function counter() {}
counter.count = 0;
counter.nested = { deep: { deeper: { deepest: 1 } } };
console.log(counter);
var arrow = () => {};
arrow.meta = [1, 2, 3];
console.log(arrow);
function Ctor() {}
Ctor.staticValue = 42;
console.log(Ctor);
function big() {}
for (var i = 0; i < 10; i++) big["prop" + i] = "value number " + i;
console.log(big);
