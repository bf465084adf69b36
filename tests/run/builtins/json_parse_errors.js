function t(s) { try { console.log(JSON.stringify(JSON.parse(s))); } catch (e) { console.log(JSON.stringify(s), e.name + ": " + e.message); } }
t('{"a":1,}'); t('{"a":1'); t('[1,2'); t(''); t('   '); t('{a:1}'); t("{'a':1}"); t('[1,]'); t('tru'); t('truex'); t('nul'); t('01'); t('1.'); t('-'); t('1e');
t('"abc'); t('"a\\x"'); t('"\\u12"'); t('"a\nb"'); t('[1 2]'); t('{"a" 1}'); t('{"a":}'); t('}'); t(']'); t('1 2'); t('"a" "b"'); t('{"a":1}}');
t('[1,2]]'); t('undefined'); t('NaN'); t('Infinity'); t('-Infinity'); t('.5'); t('+1'); t('{"a":1,"b"}'); t('{,}'); t('[,1]'); t('"\t"'); t('x'); t('{"a":1 "b":2}');
t('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,x]');
t('{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":1,}'); t('"abc\\"'); t('{"a":'); t('1 x'); t('[-]'); t('{"a":-x}'); t('"\u0001"');
t('"\\u1'); t('"\\'); t('"\\u'); t('{'); t('['); t('{"a"'); t('{"a":1,'); t('{"a":1,"b"'); t('{"a":1,"b":'); t('[1,'); t('trux'); t('t1'); t('tr"');
t('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x,15,16,17,18,19,20,21,22]'); t('[1,2,3,4,x,15,16,17,18,19,20,21,22]'); t('123456789012345678x');
t('[1,2,3,4,5,6,7,8,9,:]'); t('[1,2,3,4,5,6,7,8,9,1:]'); t('{"a":1,"b" 2}'); t('{"a" }'); t('[nulL]'); t('[x'); t('\u2028 1');
t('[0x1]'); t('[00]'); t('-01'); t('[1.5e]'); t('[.]'); t('"\\uzzzz"'); t('[Infinity]'); t('{"a":1}x'); t('[object Object]'); t('{}x');
try { JSON.parse({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse(); } catch (e) { console.log(e.name + ": " + e.message); }
