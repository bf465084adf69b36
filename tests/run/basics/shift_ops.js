// <<, >> and >>> including shift count masking and unsigned results.
console.log(1 << 4);
console.log(1 << 31);
console.log(1 << 32);
console.log(1 << 33);
console.log(-16 >> 2);
console.log(-16 >>> 2);
console.log(-1 >>> 0);
console.log(-1 >>> 28);
console.log(256 >> 4);
console.log(5 >> -1);
console.log(5 << -31);
console.log(2147483647 << 1);
console.log(0xdeadbeef >> 0);
console.log(0xdeadbeef >>> 0);
console.log("8" >> "1");
console.log(1.9 << 1);
