//# sourceMappingURL=source_map.js.map	 
let a_variable = 1;
