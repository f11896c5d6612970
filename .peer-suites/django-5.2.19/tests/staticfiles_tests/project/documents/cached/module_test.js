export const testConst = "test";
export const firstConst = "first";
export const secondConst = "second";
export var firstVar1 = "test_1";
export var SecondVar2 = "test_2";
