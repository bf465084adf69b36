// parseInt is correctly rounded for radix 10 and for power-of-two radixes,
// however many digits (as the specification requires and V8 does).
console.log(parseInt('12345678901234567890'), parseInt('99999999999999999999'), parseInt('-98765432109876543210987'));
console.log(parseInt('9007199254740993'), parseInt('9007199254740995'), parseInt('123abc'), parseInt('  42px'), parseInt('0x1fffffffffffff1'));
console.log(parseInt('fffffffffffffffffff', 16), parseInt('1'.repeat(70), 2), parseInt('3'.repeat(40), 4), parseInt('7'.repeat(30), 8), parseInt('v'.repeat(20), 32));
console.log(parseInt('z'.repeat(15), 36), parseInt('12', 3), parseInt(''), parseInt('-'), parseInt('0x'), parseInt('1e21'), parseInt(1e21), parseInt('0.00000001'), parseInt(0.0000001));
console.log(parseInt('f'.repeat(40), 16), parseInt('1'.repeat(200), 2), parseInt('00000000000000000000000123'), parseInt('-0'), 1 / parseInt('-0'));
console.log(parseInt('123456789012345678901234567890'), parseInt('٣'), parseInt('1_000'));
